/**
 * The ingestion store on both databases: a replayed feed writes nothing (same rows, same
 * updated_at, same tuple versions, no jobs/changed event); changes, closing, reopening and
 * cross-source duplicate links are written once and announced to the matching workflow.
 */
import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getCache } from '@/server/adapters/cache';
import type { Database } from '@/server/db';
import { rowsOf } from '@/server/db/rows';
import { applicationEvents, applications, jobs } from '@/server/db/schema';
import type { NormalizedPosting } from '@/server/services/ingestion/normalized-posting';
import { bumpJobsVersion } from '@/server/services/jobs/search/jobs-version';
import { storePostings } from '@/server/services/ingestion/store/store-postings';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { callerFor } from './helpers/callers';
import { availableModes } from './helpers/databases';
import { signUpUser } from './helpers/factories';
import { useTestDatabase } from './helpers/test-database-hooks';

const modes = await availableModes();

const DESCRIPTIONS = [
  'We are hiring a backend engineer to design and operate the payment APIs that thousands of merchants rely on every day. You will own services written in TypeScript and Go, run PostgreSQL at scale, and mentor two junior engineers.',
  'Our analytics team needs a data analyst who turns messy event streams into dashboards that product managers trust. You will write SQL daily, build models in Python, and present findings to the leadership team every month.',
  'Join the nursing staff of a busy regional hospital. Registered nurses on this ward care for post-operative patients, coordinate with surgeons and physiotherapists, and keep accurate charts in the electronic health record.',
];

function posting(source: string, externalId: string, over: Partial<NormalizedPosting> = {}): NormalizedPosting {
  const base: Omit<NormalizedPosting, 'contentHash'> = {
    source,
    externalId,
    title: 'Backend Engineer',
    companyName: 'Acme Payments',
    description: DESCRIPTIONS[0] ?? '',
    location: 'Berlin, Germany',
    parsedLocation: { city: 'Berlin', region: null, country: 'DE' },
    remoteType: 'hybrid',
    jobType: 'full-time',
    salaryMin: 60000,
    salaryMax: 80000,
    salaryCurrency: 'EUR',
    salaryPeriod: 'year',
    salaryAnnualUsd: 75600,
    requiredSkills: ['TypeScript', 'PostgreSQL'],
    requiredYears: 3,
    postedAt: new Date('2026-11-20T00:00:00Z'),
    applyUrl: `https://boards.example.com/${externalId}`,
    ...over,
  };
  const { contentHash: _ignored, ...fields } = { ...base, contentHash: '' };
  return { ...fields, contentHash: createHash('sha256').update(JSON.stringify(fields)).digest('hex') };
}

function feed(source: string, n: number): NormalizedPosting[] {
  return Array.from({ length: n }, (_, i) =>
    posting(source, `job-${i}`, {
      title: ['Backend Engineer', 'Data Analyst', 'Registered Nurse'][i % 3] ?? 'Backend Engineer',
      companyName: `Employer ${i}`,
      description: `${DESCRIPTIONS[i % 3] ?? ''} Reference ${i}.`,
    }),
  );
}

/** Every column that a write would touch, plus the tuple version (xmin changes on any write). */
async function snapshot(db: Database) {
  return rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      SELECT id, xmin::text AS xmin, source, external_id, status, updated_at, last_seen_at, content_hash, duplicate_of
      FROM jobs ORDER BY id`),
  );
}

function recorder() {
  const calls: string[][] = [];
  const onJobsChanged = (_db: Database, ids: string[]) => {
    calls.push(ids);
    return Promise.resolve();
  };
  return { calls, onJobsChanged };
}

describe.each(modes)('ingestion store on %s', (mode) => {
  const tdb = useTestDatabase(mode);

  it('replaying the same feed three times writes nothing', async () => {
    const { db } = tdb();
    const src = `greenhouse:replay${mode}`;
    const items = feed(src, 2500);
    const first = recorder();
    const s1 = await storePostings(db, src, items, { complete: true, onJobsChanged: first.onJobsChanged });
    expect(s1).toMatchObject({ inserted: 2500, updated: 0, unchanged: 0, closed: 0 });
    expect(first.calls.map((c) => c.length)).toEqual([1000, 1000, 500]);
    const before = await snapshot(db);
    for (let replay = 0; replay < 3; replay++) {
      const r = recorder();
      const s = await storePostings(db, src, items, { complete: true, onJobsChanged: r.onJobsChanged });
      expect(s).toMatchObject({ inserted: 0, updated: 0, unchanged: 2500, closed: 0, duplicatesLinked: 0 });
      expect(r.calls).toEqual([]);
      expect(await snapshot(db)).toEqual(before);
    }
  });

  it('updates only what changed, and closes then reopens what a complete feed drops', async () => {
    const { db } = tdb();
    const src = `lever:changes${mode}`;
    const items = feed(src, 5);
    await storePostings(db, src, items, { complete: true, onJobsChanged: recorder().onJobsChanged });
    const before = new Map((await snapshot(db)).filter((r) => r.source === src).map((r) => [r.external_id, r]));

    const edited = items.map((p, i) => (i === 1 ? posting(src, p.externalId, { ...p, salaryMax: 90000 }) : p));
    const r1 = recorder();
    const s1 = await storePostings(db, src, edited, { complete: true, onJobsChanged: r1.onJobsChanged });
    expect(s1).toMatchObject({ inserted: 0, updated: 1, unchanged: 4, closed: 0 });
    const editedId = before.get('job-1')?.id as string;
    expect(r1.calls).toEqual([[editedId]]);
    const [row] = await db.select().from(jobs).where(eq(jobs.id, editedId));
    expect(row?.salaryMax).toBe(90000);
    expect(row?.updatedAt.getTime()).toBeGreaterThan(new Date(String(before.get('job-1')?.updated_at)).getTime());

    // A seeker tracks job-4; the source then drops it.
    const seeker = await signUpUser(db);
    const droppedId = before.get('job-4')?.id as string;
    const tracked = await callerFor(db, seeker).applications.save({ jobId: droppedId });

    const partial = recorder();
    const sPartial = await storePostings(db, src, edited.slice(0, 4), {
      complete: false,
      onJobsChanged: partial.onJobsChanged,
    });
    expect(sPartial.closed).toBe(0);
    expect(partial.calls).toEqual([]);

    const r2 = recorder();
    const s2 = await storePostings(db, src, edited.slice(0, 4), { complete: true, onJobsChanged: r2.onJobsChanged });
    expect(s2).toMatchObject({ inserted: 0, updated: 0, unchanged: 4, closed: 1 });
    expect(r2.calls).toEqual([[droppedId]]);
    const [closed] = await db.select().from(jobs).where(eq(jobs.id, droppedId));
    expect(closed?.status).toBe('closed');
    const [app] = await db.select().from(applications).where(eq(applications.id, tracked.applicationId));
    expect(app?.jobId).toBe(droppedId);
    expect(
      await db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, tracked.applicationId)),
    ).toHaveLength(1);

    const r3 = recorder();
    const s3 = await storePostings(db, src, edited, { complete: true, onJobsChanged: r3.onJobsChanged });
    expect(s3).toMatchObject({ inserted: 0, updated: 1, unchanged: 4, closed: 0 });
    expect(r3.calls).toEqual([[droppedId]]);
    const [reopened] = await db.select().from(jobs).where(eq(jobs.id, droppedId));
    expect(reopened?.status).toBe('open');
  });

  it('links a cross-source duplicate to the older posting, and not a lookalike elsewhere', async () => {
    const { db } = tdb();
    const gh = `greenhouse:dup${mode}`;
    const lv = `lever:dup${mode}`;
    const original = posting(gh, 'a1', { companyName: 'Globex Corporation', title: 'Sr. Software Engineer II' });
    await storePostings(db, gh, [original], { complete: true, onJobsChanged: recorder().onJobsChanged });
    const reformatted = `${(DESCRIPTIONS[0] ?? '').replace(/\. /g, '.\n\n• ')}`;
    const copies = [
      posting(lv, 'same', {
        companyName: 'GLOBEX, Inc.',
        title: 'Senior Software Engineer 2 (Remote)',
        description: reformatted,
        location: 'Berlin',
        parsedLocation: { city: 'Berlin', region: 'Berlin', country: null },
      }),
      posting(lv, 'other-city', {
        companyName: 'Globex',
        title: 'Senior Software Engineer II',
        location: 'Munich, Germany',
        parsedLocation: { city: 'Munich', region: null, country: 'DE' },
      }),
      posting(lv, 'other-text', {
        companyName: 'Globex',
        title: 'Senior Software Engineer II',
        description: DESCRIPTIONS[1] ?? '',
      }),
    ];
    const r = recorder();
    const s = await storePostings(db, lv, copies, { complete: true, onJobsChanged: r.onJobsChanged });
    expect(s).toMatchObject({ inserted: 3, duplicatesLinked: 1 });
    const rows = await db
      .select()
      .from(jobs)
      .where(sql`${jobs.source} IN (${gh}, ${lv})`);
    const byExt = new Map(rows.map((j) => [j.externalId, j]));
    expect(byExt.get('same')?.duplicateOf).toBe(byExt.get('a1')?.id);
    expect(byExt.get('other-city')?.duplicateOf).toBeNull();
    expect(byExt.get('other-text')?.duplicateOf).toBeNull();
    expect(byExt.get('a1')?.duplicateOf).toBeNull();
    // Search lists the posting once, through the older job (the search cache is process-wide).
    await bumpJobsVersion(getCache());
    const found = await callerFor(db).jobs.search({ keywords: 'Globex', limit: 50 });
    const foundIds = found.items.map((j) => j.id);
    expect(foundIds).toContain(byExt.get('a1')?.id);
    expect(foundIds).toContain(byExt.get('other-city')?.id);
    expect(foundIds).not.toContain(byExt.get('same')?.id);
    // The job page names every source the posting is on, with each one's link, from either copy.
    const shown = await callerFor(db).jobs.byId({ id: byExt.get('a1')?.id as string });
    expect(shown.postedOn).toEqual([
      { label: 'Greenhouse job board', applyUrl: 'https://boards.example.com/a1' },
      { label: 'Lever job board', applyUrl: 'https://boards.example.com/same' },
    ]);
    const shownCopy = await callerFor(db).jobs.byId({ id: byExt.get('same')?.id as string });
    expect(shownCopy.postedOn).toEqual(shown.postedOn);
    const alone = await callerFor(db).jobs.byId({ id: byExt.get('other-city')?.id as string });
    expect(alone.postedOn).toEqual([{ label: 'Lever job board', applyUrl: 'https://boards.example.com/other-city' }]);
    // Replaying the second source keeps the link and writes nothing.
    const again = await storePostings(db, lv, copies, { complete: true, onJobsChanged: recorder().onJobsChanged });
    expect(again).toMatchObject({ unchanged: 3, duplicatesLinked: 0, changedJobIds: [] });

    // The original source drops the posting: the copy is released and stays visible.
    const close = recorder();
    const closing = await storePostings(db, gh, [], { complete: true, onJobsChanged: close.onJobsChanged });
    expect(closing.closed).toBe(1);
    const [copy] = await db
      .select()
      .from(jobs)
      .where(eq(jobs.id, byExt.get('same')?.id as string));
    expect(copy?.duplicateOf).toBeNull();
    expect(close.calls.flat().sort()).toEqual([byExt.get('a1')?.id, byExt.get('same')?.id].sort());
  });

  it('compresses a long description with lz4 where the server has it, and reads it back as written', async () => {
    const { db } = tdb();
    const src = `lever:compression${mode}`;
    const description = Array.from({ length: 40 }, (_, i) => `${DESCRIPTIONS[i % 3]} (${i})`).join('\n');
    const s = await storePostings(db, src, [posting(src, 'long', { description })], {
      complete: true,
      onJobsChanged: async () => {},
    });
    const [row] = rowsOf<{ description: string; method: string | null }>(
      await db.execute(sql`
        SELECT description, pg_column_compression(description) AS method FROM jobs WHERE id = ${s.jobIds[0]}`),
    );
    expect(row?.description).toBe(description);
    // PGlite is built without lz4: migration 0030 leaves it on the default.
    expect(row?.method).toBe(mode === 'postgres' ? 'lz4' : 'pglz');
  });

  it('new jobs reach the matching workflow, which infers their occupation', async () => {
    const { db } = tdb();
    const src = `ashby:occupations${mode}`;
    const s = await storePostings(
      db,
      src,
      [posting(src, 'n1', { title: 'Registered Nurse', description: DESCRIPTIONS[2] ?? '' })],
      {
        complete: true,
      },
    );
    await drainWorkflows();
    const [row] = await db
      .select()
      .from(jobs)
      .where(eq(jobs.id, s.jobIds[0] as string));
    expect(row?.occupationCode).toMatch(/^29-1141/);
  });
});
