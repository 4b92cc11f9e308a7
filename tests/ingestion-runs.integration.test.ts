/**
 * Ingestion runs end to end on both databases: a board served by a local HTTP server (the real
 * connector and guarded client), malformed records quarantined with their reason and payload, a
 * replay that writes nothing, a 500 storm that opens one source's circuit while another goes on,
 * the admin procedures reading it all back, fuzzed feeds that never crash a run, and add-by-URL.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryRateLimiter } from '@/server/adapters/rate-limit';
import { ingestQuarantine, ingestRuns, jobSources, jobs, users } from '@/server/db/schema';
import { addJobByUrl } from '@/server/services/ingestion/add-job-by-url';
import { createIngestionPolicies } from '@/server/services/ingestion/http';
import { normalizePosting } from '@/server/services/ingestion/normalize';
import type { RawPosting } from '@/server/services/ingestion/normalized-posting';
import { ingestRawPostings } from '@/server/services/ingestion/store/ingest-raw-postings';
import { UPSERT_BATCH } from '@/server/services/ingestion/store/upsert-postings';
import { runSourceRow } from '@/server/services/ingestion/runs/run-source-row';
import { rowsOf } from '@/server/db/rows';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { callerFor } from './helpers/callers';
import { availableModes } from './helpers/databases';
import { signUpUser } from './helpers/factories';
import { useTestDatabase } from './helpers/test-database-hooks';
import { sharedData } from './helpers/shared-data';

const modes = await availableModes();
const GREENHOUSE = JSON.parse(readFileSync(sharedData('ats-payloads', 'jobops_greenhouse_sample.json'), 'utf8')) as {
  jobs: Record<string, unknown>[];
};

type Handler = (path: string) => { status: number; body: string; type?: string };
let server: Server;
let base = '';
const routes = new Map<string, Handler>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const handler = routes.get(path);
    const answer = handler ? handler(path) : { status: 404, body: 'not found' };
    res.writeHead(answer.status, { 'content-type': answer.type ?? 'application/json' }).end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const json = (value: unknown) => () => ({ status: 200, body: JSON.stringify(value) });
const local = () => [new URL(base).host];

async function admin(db: Parameters<typeof signUpUser>[0]) {
  const u = await signUpUser(db);
  await db.update(users).set({ role: 'admin' }).where(eq(users.id, u.id));
  return callerFor(db, { id: u.id, role: 'admin' });
}

describe.each(modes)('ingestion runs on %s', (mode) => {
  const tdb = useTestDatabase(mode);

  it('runs a board: stores postings, quarantines a bad record, and a replay writes nothing', async () => {
    const { db } = tdb();
    const token = `acme${mode}`;
    const bad = { id: 999, title: null, content: 'no title' };
    routes.set(`/v1/boards/${token}/jobs`, json({ jobs: [...GREENHOUSE.jobs, bad], meta: { total: 4 } }));
    const api = await admin(db);
    const { id } = await api.sources.add({ type: 'greenhouse', token, schedule: '6h' });
    const opts = { connector: { baseUrl: base }, allowPrivateHosts: local(), policies: createIngestionPolicies() };

    const first = await runSourceRow(db, id, undefined, opts);
    expect(first).toMatchObject({ status: 'succeeded', fetched: 4, inserted: 3, quarantined: 1, closed: 0 });
    const [q] = await db.select().from(ingestQuarantine).where(eq(ingestQuarantine.runId, first.runId));
    expect(q?.reason).toMatch(/title/);
    expect(q?.payload).toMatchObject({ id: 999 });
    const stored = await db
      .select()
      .from(jobs)
      .where(eq(jobs.source, `greenhouse:${token}`));
    expect(stored).toHaveLength(3);
    expect(stored.every((j) => j.description.length > 0 && !/<script|<p>/i.test(j.description))).toBe(true);

    const again = await runSourceRow(db, id, undefined, opts);
    expect(again).toMatchObject({ status: 'succeeded', inserted: 0, updated: 0, unchanged: 3, quarantined: 1 });
    const after = await db
      .select()
      .from(jobs)
      .where(eq(jobs.source, `greenhouse:${token}`));
    expect(after.map((j) => j.updatedAt.getTime()).sort()).toEqual(stored.map((j) => j.updatedAt.getTime()).sort());

    // The board drops a posting: closed on the next complete run.
    routes.set(`/v1/boards/${token}/jobs`, json({ jobs: GREENHOUSE.jobs.slice(1), meta: { total: 2 } }));
    expect(await runSourceRow(db, id, undefined, opts)).toMatchObject({ closed: 1, unchanged: 2, quarantined: 0 });

    const [listed] = (await api.sources.list()).filter((s) => s.id === id);
    expect(listed).toMatchObject({ key: `greenhouse:${token}`, quarantinedTotal: 2, circuit: 'closed' });
    expect(listed?.lastRun).toMatchObject({ status: 'succeeded', closed: 1, unchanged: 2 });
    expect(await api.sources.runs({ sourceId: id })).toHaveLength(3);
    const quarantined = await api.sources.quarantine({ sourceId: id });
    expect(JSON.parse(quarantined[0]?.payload ?? 'null')).toMatchObject({ id: 999 });
  });

  it('a replay normalizes nothing; a changed raw posting is normalized and updated', async () => {
    const { db } = tdb();
    const source = `greenhouse:raw${mode}`;
    const raws: RawPosting[] = GREENHOUSE.jobs.map((j, i) => ({
      source,
      externalId: `${i}-${typeof j.id === 'number' ? j.id : 0}`,
      title: String(j.title),
      companyName: 'Duolingo',
      descriptionHtml: '<p>Teach the world languages with us.</p>',
      locationText: 'Pittsburgh, PA',
      workplaceHint: null,
      employmentTypeHint: null,
      salaryText: null,
      salaryStructured: null,
      postedAt: '2026-11-20',
      applyUrl: null,
    }));
    let normalized = 0;
    const normalize = (raw: RawPosting) => {
      normalized++;
      return normalizePosting(raw, { fetchedAt: new Date('2026-12-01T00:00:00Z') });
    };
    const quiet = { complete: true, normalize, onJobsChanged: () => Promise.resolve() };
    expect(await ingestRawPostings(db, source, raws, quiet)).toMatchObject({ inserted: 3 });
    expect(normalized).toBe(3);
    expect(await ingestRawPostings(db, source, raws, quiet)).toMatchObject({ inserted: 0, updated: 0, unchanged: 3 });
    expect(normalized).toBe(3);
    const edited = raws.map((r, i) =>
      i === 0 ? { ...r, descriptionHtml: '<p>Teach the world languages, now in Berlin too.</p>' } : r,
    );
    expect(await ingestRawPostings(db, source, edited, quiet)).toMatchObject({ updated: 1, unchanged: 2, closed: 0 });
    expect(normalized).toBe(4);
  });

  it('a feed of several write batches, written while normalizing, counts and stores like one batch', async () => {
    const { db } = tdb();
    const source = `greenhouse:many${mode}`;
    const raw = (i: number, title = `Engineer ${i}`): RawPosting => ({
      source,
      externalId: `many-${i}`,
      title,
      companyName: `Employer ${i % 50}`,
      descriptionHtml: `<p>Build payment services in TypeScript, team ${i}.</p>`,
      locationText: 'Berlin, Germany',
      workplaceHint: null,
      employmentTypeHint: null,
      salaryText: null,
      salaryStructured: null,
      postedAt: '2026-11-20',
      applyUrl: null,
    });
    const normalize = (r: RawPosting) => normalizePosting(r, { fetchedAt: new Date('2026-12-01T00:00:00Z') });
    const quiet = { complete: true, normalize, onJobsChanged: () => Promise.resolve() };
    const n = UPSERT_BATCH * 2 + 300;
    const raws = Array.from({ length: n }, (_, i) => raw(i));
    const first = await ingestRawPostings(db, source, raws, quiet);
    expect(first).toMatchObject({ inserted: n, updated: 0, unchanged: 0, closed: 0 });
    expect(new Set(first.jobIds).size).toBe(n);
    // One posting of the second batch changed, the last one dropped from the feed.
    const edited = raws.slice(0, -1).map((r, i) => (i === UPSERT_BATCH + 5 ? raw(i, 'Staff Engineer') : r));
    expect(await ingestRawPostings(db, source, edited, quiet)).toMatchObject({
      inserted: 0,
      updated: 1,
      unchanged: n - 2,
      closed: 1,
    });
    const [row] = rowsOf<{ title: string }>(
      await db.execute(
        sql`SELECT title FROM jobs WHERE source = ${source} AND external_id = ${`many-${UPSERT_BATCH + 5}`}`,
      ),
    );
    expect(row?.title).toBe('Staff Engineer');
    // An id listed twice in one feed: stored once, with its last posting.
    const twice = [...edited, raw(7, 'Principal Engineer')];
    expect(await ingestRawPostings(db, source, twice, quiet)).toMatchObject({ inserted: 0, updated: 1 });
    const [seven] = rowsOf<{ title: string; n: number }>(
      await db.execute(
        sql`SELECT max(title) AS title, count(*)::int AS n FROM jobs WHERE source = ${source} AND external_id = 'many-7'`,
      ),
    );
    expect(seven).toEqual({ title: 'Principal Engineer', n: 1 });
  });

  it('a 500 storm opens one source’s circuit and skips it; another source goes on', async () => {
    const { db } = tdb();
    const api = await admin(db);
    const policies = createIngestionPolicies({ breakerThreshold: 2, halfOpenAfterMs: 60_000 });
    routes.set(`/v1/boards/storm${mode}/jobs`, () => ({ status: 500, body: 'down' }));
    routes.set(`/v1/boards/calm${mode}/jobs`, json({ jobs: GREENHOUSE.jobs.slice(0, 1) }));
    const storm = await api.sources.add({ type: 'greenhouse', token: `storm${mode}`, schedule: '1h' });
    const calm = await api.sources.add({ type: 'greenhouse', token: `calm${mode}`, schedule: '1h' });
    const opts = { connector: { baseUrl: base }, allowPrivateHosts: local(), policies };

    const failed = await runSourceRow(db, storm.id, undefined, opts);
    expect(failed.status).toBe('failed');
    expect(failed.error).toMatch(/500|http_status|circuit/);
    const skipped = await runSourceRow(db, storm.id, undefined, opts);
    expect(skipped).toMatchObject({ status: 'skipped', fetched: 0 });
    expect(skipped.error).toMatch(/circuit_open/);
    expect(await runSourceRow(db, calm.id, undefined, opts)).toMatchObject({ status: 'succeeded', inserted: 1 });
    const [row] = await db.select().from(jobSources).where(eq(jobSources.id, storm.id));
    expect(row?.circuit?.state).toBe('open');
    const listed = await api.sources.list();
    expect(listed.find((s) => s.id === storm.id)?.circuit).toBe('open');
  });

  it('runNow records a run at once; the workflow refuses a private address', async () => {
    const { db } = tdb();
    const api = await admin(db);
    const { id } = await api.sources.add({ type: 'jsonld', token: `${base}/careers`, schedule: '1d' });
    const { runId } = await api.sources.runNow({ id });
    await drainWorkflows();
    const [run] = await db.select().from(ingestRuns).where(eq(ingestRuns.id, runId));
    expect(run).toMatchObject({ sourceId: id, status: 'failed' });
    expect(run?.error).toMatch(/refused_address/);
    await expect(api.sources.runNow({ id: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('validates sources: token charset, page URL, schedule, duplicates', async () => {
    const { db } = tdb();
    const api = await admin(db);
    await expect(api.sources.add({ type: 'greenhouse', token: '../etc', schedule: '6h' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(
      api.sources.add({ type: 'jsonld', token: 'ftp://example.com/jobs', schedule: '6h' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(api.sources.add({ type: 'lever', token: 'acme', schedule: 'often' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await api.sources.add({ type: 'lever', token: `dup${mode}`, schedule: '0 */6 * * *' });
    await expect(api.sources.add({ type: 'lever', token: `dup${mode}`, schedule: '6h' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const seeker = await signUpUser(db);
    await expect(callerFor(db, seeker).sources.list()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('fuzzed feeds never crash a run; every bad record is quarantined with a reason', async () => {
    const { db } = tdb();
    const api = await admin(db);
    const token = `fuzz${mode}`;
    const { id } = await api.sources.add({ type: 'greenhouse', token, schedule: '6h' });
    const opts = { connector: { baseUrl: base }, allowPrivateHosts: local(), policies: createIngestionPolicies() };
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.anything(), fc.record({ id: fc.integer(), title: fc.string(), content: fc.string() })), {
          maxLength: 8,
        }),
        async (items) => {
          routes.set(`/v1/boards/${token}/jobs`, json({ jobs: items }));
          const s = await runSourceRow(db, id, undefined, { ...opts, onJobsChanged: () => Promise.resolve() });
          expect(s.status).toBe('succeeded');
          expect(s.fetched).toBe(items.length);
          expect(s.inserted + s.updated + s.unchanged + s.quarantined).toBe(items.length);
          const reasons = await db.select().from(ingestQuarantine).where(eq(ingestQuarantine.runId, s.runId));
          expect(reasons.every((r) => r.reason.length > 0)).toBe(true);
        },
      ),
      { numRuns: mode === 'pglite' ? 25 : 10, seed: 20261203 },
    );
  });

  it('adds a job by URL from its JSON-LD, once, and explains what it cannot add', async () => {
    const { db } = tdb();
    const seeker = await signUpUser(db);
    const actor = { userId: seeker.id, role: 'seeker' as const };
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      identifier: `posting-${mode}`,
      title: 'Senior Data Analyst',
      description:
        '<p>Own the weekly revenue dashboards.</p><script>alert(1)</script><ul><li>SQL</li><li>Tableau</li></ul>',
      hiringOrganization: { '@type': 'Organization', name: 'Initech' },
      jobLocation: {
        '@type': 'Place',
        address: { addressLocality: 'Austin', addressRegion: 'TX', addressCountry: 'US' },
      },
      datePosted: '2026-11-30',
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: 'USD',
        value: { minValue: 90000, maxValue: 110000, unitText: 'YEAR' },
      },
    };
    routes.set('/careers/analyst', () => ({
      status: 200,
      type: 'text/html',
      // As pages embed it: "<" escaped, so the description's markup cannot end the script block.
      body: `<html><head><script type="application/ld+json">${JSON.stringify(ld).replace(/</g, '\\u003c')}</script></head><body>Apply</body></html>`,
    }));
    routes.set('/careers/none', () => ({
      status: 200,
      type: 'text/html',
      body: '<html><body>No data here</body></html>',
    }));
    const deps = { rateLimiter: memoryRateLimiter(), allowPrivateHosts: local() };

    const added = await addJobByUrl(db, actor, { url: `${base}/careers/analyst` }, deps);
    expect(added.created).toBe(true);
    const [job] = await db.select().from(jobs).where(eq(jobs.id, added.jobId));
    expect(job).toMatchObject({
      title: 'Senior Data Analyst',
      companyName: 'Initech',
      source: 'url:127.0.0.1',
      status: 'open',
    });
    expect(job?.description).not.toMatch(/alert|<p>/);
    expect(job?.occupationCode).toBeTruthy();
    expect(await addJobByUrl(db, actor, { url: `${base}/careers/analyst` }, deps)).toEqual({
      jobId: added.jobId,
      created: false,
    });
    expect((await callerFor(db).jobs.byId({ id: added.jobId })).title).toBe('Senior Data Analyst');

    await expect(addJobByUrl(db, actor, { url: `${base}/careers/none` }, deps)).rejects.toMatchObject({
      code: 'VALIDATION_ERROR',
      message: expect.stringMatching(/No job posting/) as unknown,
    });
    await expect(addJobByUrl(db, actor, { url: `${base}/missing` }, deps)).rejects.toMatchObject({
      code: 'VALIDATION_ERROR',
    });
    // Through the procedure, without the test's allowance: a private address is refused.
    await expect(callerFor(db, seeker).jobs.addByUrl({ url: `${base}/careers/analyst` })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/public/) as unknown,
    });
    await expect(callerFor(db).jobs.addByUrl({ url: `${base}/careers/analyst` })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    await expect(callerFor(db, seeker).jobs.addByUrl({ url: 'javascript:alert(1)' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('limits adds by URL per user', async () => {
    const { db } = tdb();
    const seeker = await signUpUser(db);
    const caller = callerFor(db, seeker);
    for (let i = 0; i < 20; i++) {
      await expect(caller.jobs.addByUrl({ url: `http://127.0.0.1:9/job-${i}` })).rejects.toMatchObject({
        code: 'BAD_REQUEST',
      });
    }
    await expect(caller.jobs.addByUrl({ url: 'http://127.0.0.1:9/job-21' })).rejects.toMatchObject({
      code: 'TOO_MANY_REQUESTS',
    });
  });
});
