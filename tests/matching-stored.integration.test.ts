/**
 * matching.forMe served from the stored matches, on both databases: once the workflows have
 * rescored a profile, the default list (must-haves applied) is read from job_match_scores; any
 * profile edit makes it live again until they have rescored; a closed job leaves at once; the
 * seeker's applications show on the stored list as on the live one; a
 * request with other filters is always ranked live. A stored explanation is marked in the
 * database so the test can tell which path answered.
 */
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { applications, jobMatchScores, jobs, profileOccupations, skills, users } from '@/server/db/schema';
import { rescoreUser, seekersToRescore } from '@/server/services/matching/materialize-scores';
import { matchingContext } from '@/server/services/matching/matching-context';
import { prepareJobsForMatching } from '@/server/services/matching/prepare-jobs';
import { sampleSeekerUser } from '@/server/services/seed/sample-seekers';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { callerFor } from './helpers/callers';
import { availableModes } from './helpers/databases';
import { signUpUser } from './helpers/factories';
import { insertCompany, insertJob } from './helpers/jobs';
import { ANALYST_WORK, insertAnalystJob, remoteDataAnalyst } from './helpers/remote-data-analyst';
import { useTestDatabase } from './helpers/test-database-hooks';

const modes = await availableModes();

const DATA = ANALYST_WORK;
const TITLES = [
  'Data Analyst',
  'Senior Data Analyst',
  'Business Intelligence Analyst',
  'Reporting Analyst',
  'Analytics Engineer',
];
const MARK = 'storedmarker';

describe.each(modes)('stored matches on %s', (mode) => {
  const tdb = useTestDatabase(mode);

  async function setUp() {
    const { db } = tdb();
    const company = await insertCompany(db, `Stored Co ${mode} ${Math.random().toString(36).slice(2, 7)}`);
    const ids: string[] = [];
    for (const [i, title] of TITLES.entries()) {
      const remoteType = i === TITLES.length - 1 ? 'onsite' : 'remote';
      const row = await insertAnalystJob(db, company, title, remoteType);
      ids.push(row.id);
    }
    await prepareJobsForMatching(matchingContext(db), ids);
    const { seeker, me } = await remoteDataAnalyst(db);
    return { seeker, me, ids };
  }

  /** Marks every stored explanation of the seeker, so an answer read from the store shows it. */
  async function markStored(userId: string): Promise<number> {
    const marked = await tdb()
      .db.update(jobMatchScores)
      .set({
        matchFactors: sql`jsonb_set(${jobMatchScores.matchFactors}, '{explanation,sharedWords}', ${JSON.stringify([MARK])}::jsonb)`,
      })
      .where(and(eq(jobMatchScores.userId, userId), sql`${jobMatchScores.matchFactors} ? 'explanation'`))
      .returning({ id: jobMatchScores.id });
    return marked.length;
  }
  const fromStore = (items: { match: { sharedWords: string[] } }[]) =>
    items.length > 0 && items.every((i) => i.match.sharedWords.includes(MARK));

  it('keeps stored matches only for seekers who can sign in, not the generated sample seekers', async () => {
    const { db } = tdb();
    const real = await signUpUser(db);
    await callerFor(db, real).profile.addSkill({
      name: 'SQL',
      category: 'technical',
      proficiencyLevel: 3,
      yearsOfExperience: 2,
    });
    const [sample] = await db.insert(users).values(sampleSeekerUser(0, new Date())).returning({ id: users.id });
    if (!sample) throw new Error('no sample seeker');
    await db.insert(skills).values({ userId: sample.id, name: 'SQL', category: 'technical', proficiencyLevel: 3 });
    const chosen = await seekersToRescore(matchingContext(db), null, 10_000);
    expect(chosen).toContain(real.id);
    expect(chosen).not.toContain(sample.id);
  });

  it('serves the default list from the stored matches once the workflows have rescored, in the live order', async () => {
    const { seeker, me, ids } = await setUp();
    const live = await me.matching.forMe({ limit: 3 });
    expect(live.items).toHaveLength(3);
    // The must-have filter holds on the stored path too: the on-site job is never offered.
    expect(await markStored(seeker.id)).toBeGreaterThanOrEqual(4);
    const stored = await me.matching.forMe({ limit: 3 });
    expect(fromStore(stored.items)).toBe(true);
    expect(stored.items.map((i) => i.job.id)).toEqual(live.items.map((i) => i.job.id));
    expect(stored.items.map((i) => i.match.composite)).toEqual(live.items.map((i) => i.match.composite));
    expect(stored.items.map((i) => i.job.id)).not.toContain(ids.at(-1));
    expect(stored.filters.fromMustHaves).toEqual(['remoteTypes']);
  });

  it('ranks live right after a profile edit, and from the store again once the workflows have run', async () => {
    const { seeker, me } = await setUp();
    await markStored(seeker.id);
    await me.profile.addSkill({ name: 'Power BI', category: 'technical', proficiencyLevel: 3, yearsOfExperience: 1 });
    const afterEdit = await me.matching.forMe({ limit: 3 });
    expect(afterEdit.items).toHaveLength(3);
    expect(afterEdit.items.some((i) => i.match.sharedWords.includes(MARK))).toBe(false);
    await drainWorkflows();
    // The rescore replaced the marked rows with fresh explanations of the edited profile.
    const rescored = await me.matching.forMe({ limit: 3 });
    expect(rescored.items.some((i) => i.match.sharedWords.includes(MARK))).toBe(false);
    await markStored(seeker.id);
    expect(fromStore((await me.matching.forMe({ limit: 3 })).items)).toBe(true);
  });

  it('shows the seeker’s own applications on a stored list, not bookmarks nor another seeker’s', async () => {
    const { seeker, me } = await setUp();
    const { db } = tdb();
    await markStored(seeker.id);
    const before = await me.matching.forMe({ limit: 3 });
    expect(fromStore(before.items)).toBe(true);
    expect(before.items.map((i) => i.application)).toEqual([null, null, null]);
    const [applied, saved, others] = before.items.map((i) => i.job.id);
    const [application] = await db
      .insert(applications)
      .values({ userId: seeker.id, jobId: applied!, status: 'interview_scheduled', appliedAt: new Date() })
      .returning({ id: applications.id });
    await db.insert(applications).values({ userId: seeker.id, jobId: saved!, status: 'saved' });
    const other = await signUpUser(db);
    await db
      .insert(applications)
      .values({ userId: other.id, jobId: others!, status: 'applied', appliedAt: new Date() });

    const after = await me.matching.forMe({ limit: 3 });
    expect(fromStore(after.items)).toBe(true);
    const byJob = new Map(after.items.map((i) => [i.job.id, i.application]));
    expect(byJob.get(applied!)).toEqual({ id: application!.id, status: 'interview_scheduled' });
    expect(byJob.get(saved!)).toBeNull();
    expect(byJob.get(others!)).toBeNull();
  });

  it('drops a closed job from the stored answer at once, and ranks other filters live', async () => {
    const { seeker, me } = await setUp();
    await markStored(seeker.id);
    const before = await me.matching.forMe({ limit: 2 });
    expect(fromStore(before.items)).toBe(true);
    const closed = before.items[0]?.job.id ?? '';
    await tdb().db.update(jobs).set({ status: 'closed' }).where(eq(jobs.id, closed));
    const after = await me.matching.forMe({ limit: 2 });
    expect(after.items.map((i) => i.job.id)).not.toContain(closed);
    // What the job-changed workflow does next: the vector index hears of the closed status.
    await prepareJobsForMatching(matchingContext(tdb().db), [closed]);
    // Another filter than the must-haves is never answered from the store.
    const widened = await me.matching.forMe({ limit: 3, remoteTypes: [] });
    expect(widened.items.some((i) => i.match.sharedWords.includes(MARK))).toBe(false);
  });

  it('ranks live when fewer stored jobs pass the filters than the page asks for', async () => {
    const { seeker, me } = await setUp();
    await markStored(seeker.id);
    // Fewer open remote jobs exist (this suite's only) than a page of 50: the store cannot fill
    // it, so the live path answers, and finds every one of them.
    const [open] = await tdb()
      .db.select({ n: sql<number>`count(*)::int` })
      .from(jobs)
      .where(and(eq(jobs.status, 'open'), eq(jobs.remoteType, 'remote')));
    const page = await me.matching.forMe({ limit: 50 });
    expect(open?.n).toBeLessThan(50);
    expect(page.items).toHaveLength(open?.n ?? -1);
    expect(page.items.some((i) => i.match.sharedWords.includes(MARK))).toBe(false);
  });

  it('serves from the store after a rescore that inferred the profile occupations itself', async () => {
    // A seeded profile has no stored occupations: the first rescore infers and stores them, and
    // the basis it stores must be the one later reads compute from the stored (rounded) guesses,
    // or every read ranks live.
    const { seeker, me } = await setUp();
    const { db } = tdb();
    await db.delete(profileOccupations).where(eq(profileOccupations.userId, seeker.id));
    await rescoreUser(matchingContext(db), seeker.id);
    expect(await markStored(seeker.id)).toBeGreaterThanOrEqual(3);
    expect(fromStore((await me.matching.forMe({ limit: 3 })).items)).toBe(true);
  });

  it('serves from the store when a stored job merely has no vector: only an index outage asks for a rescore', async () => {
    // An applied job outside the embedded set (a fresh install still embedding, a job the
    // workflows have not reached) is stored scored on structure alone. That is not healed by a
    // rescore, so it must not turn every read into a live ranking plus another rescore.
    const { seeker, me } = await setUp();
    const { db } = tdb();
    const company = await insertCompany(db, `Bare Co ${mode} ${Math.random().toString(36).slice(2, 7)}`);
    const bare = await insertJob(db, {
      title: 'Junior Data Analyst',
      description: DATA,
      requiredSkills: ['SQL', 'Python'],
      remoteType: 'remote',
      location: 'Remote',
      companyId: company.id,
      companyName: company.name,
    });
    await me.applications.applyToJob({ jobId: bare.id });
    await drainWorkflows();
    await rescoreUser(matchingContext(db), seeker.id);
    const [row] = await db
      .select({ id: jobMatchScores.id })
      .from(jobMatchScores)
      .where(and(eq(jobMatchScores.userId, seeker.id), eq(jobMatchScores.jobId, bare.id)));
    expect(row).toBeDefined();
    expect(await markStored(seeker.id)).toBeGreaterThanOrEqual(4);
    expect(fromStore((await me.matching.forMe({ limit: 3 })).items)).toBe(true);
  });
});
