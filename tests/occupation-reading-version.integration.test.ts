/**
 * Stored occupation readings are re-read when the occupation layer changes (reading-version.ts):
 * a database prepared by an older version keeps its jobs' and profiles' readings until the
 * backfill (a start on the embedded database, `npm run reindex -- --backfill` on PostgreSQL)
 * re-infers the stale ones. What is current is left alone, and a seeker's confirmed occupations
 * stay theirs. Both databases.
 */
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Database } from '@/server/db';
import { rowsOf } from '@/server/db/rows';
import { jobs, profileOccupations, users } from '@/server/db/schema';
import { backfillMatching } from '@/server/services/matching/backfill';
import { matchingContext } from '@/server/services/matching/matching-context';
import { OCCUPATION_READING_VERSION } from '@/server/services/matching/occupations/reading-version';
import { loadProfileForMatching } from '@/server/services/matching/load-match-inputs';
import { prepareJobsForMatching } from '@/server/services/matching/prepare-jobs';
import { refreshJobOccupations, rereadProfileOccupations } from '@/server/services/matching/refresh-occupations';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { availableModes } from './helpers/databases';
import { insertCompany } from './helpers/jobs';
import { insertAnalystJob, remoteDataAnalyst } from './helpers/remote-data-analyst';
import { useTestDatabase } from './helpers/test-database-hooks';

const modes = await availableModes();

/** Plasterers: what an older reading might have said, and nothing today's says of an analyst. */
const OLD_CODE = '47-2161.00';
const OLD_READING = [{ code: OLD_CODE, confidence: 1 }];

async function jobReading(db: Database, id: string) {
  const [row] = await db
    .select({ code: jobs.occupationCode, occupations: jobs.occupations, version: jobs.occupationsVersion })
    .from(jobs)
    .where(eq(jobs.id, id));
  return row!;
}

async function profileReading(db: Database, userId: string) {
  const [row] = await db
    .select({
      code: profileOccupations.occupationCode,
      refined: profileOccupations.refinedOccupations,
      version: profileOccupations.occupationsVersion,
    })
    .from(profileOccupations)
    .where(eq(profileOccupations.userId, userId));
  return row!;
}

describe.each(modes)('stored occupation readings across versions on %s', (mode) => {
  const tdb = useTestDatabase(mode);

  it('re-infers jobs read by an older version, and only those', async () => {
    const { db } = tdb();
    const mc = matchingContext(db);
    const company = await insertCompany(db, `Reading Co ${mode} ${Math.random().toString(36).slice(2, 7)}`);
    const stale = await insertAnalystJob(db, company, 'Data Analyst', 'remote');
    const current = await insertAnalystJob(db, company, 'Reporting Analyst', 'remote');
    await prepareJobsForMatching(mc, [stale.id, current.id]);
    const fresh = await jobReading(db, stale.id);
    expect(fresh.version).toBe(OCCUPATION_READING_VERSION);
    expect(fresh.code).not.toBe(OLD_CODE);

    // As an older release left them: its reading, its version. The current job is marked with an
    // odd reading too, so a backfill that re-read everything would be seen.
    await db
      .update(jobs)
      .set({ occupationCode: OLD_CODE, occupations: OLD_READING, occupationsVersion: OCCUPATION_READING_VERSION - 1 })
      .where(eq(jobs.id, stale.id));
    await db.update(jobs).set({ occupationCode: OLD_CODE, occupations: OLD_READING }).where(eq(jobs.id, current.id));

    const result = await backfillMatching(mc);
    expect(result.reread.jobs).toBeGreaterThanOrEqual(1);
    expect(await jobReading(db, stale.id)).toEqual(fresh);
    const untouched = await jobReading(db, current.id);
    expect(untouched.code).toBe(OLD_CODE);
    expect(untouched.version).toBe(OCCUPATION_READING_VERSION);

    // Nothing stale is left: the next run re-reads nothing.
    expect((await backfillMatching(mc)).reread.jobs).toBe(0);
  });

  it('leaves a row its own change made current meanwhile, and a job no version ever read', async () => {
    const { db } = tdb();
    const company = await insertCompany(db, `Meanwhile Co ${mode} ${Math.random().toString(36).slice(2, 7)}`);
    const job = await insertAnalystJob(db, company, 'Data Analyst', 'remote');
    // The job's own change stored a reading of the current version after the re-read chose it.
    await db
      .update(jobs)
      .set({ occupationCode: OLD_CODE, occupations: OLD_READING, occupationsVersion: OCCUPATION_READING_VERSION })
      .where(eq(jobs.id, job.id));
    expect(await refreshJobOccupations(db, [job.id], { onlyStale: true })).toBe(0);
    expect((await jobReading(db, job.id)).code).toBe(OLD_CODE);

    const { seeker } = await remoteDataAnalyst(db);
    await db
      .update(profileOccupations)
      .set({ occupationCode: OLD_CODE, occupations: OLD_READING })
      .where(eq(profileOccupations.userId, seeker.id));
    expect(await rereadProfileOccupations(db, await loadProfileForMatching(db, seeker.id))).toBe('skipped');
    expect((await profileReading(db, seeker.id)).code).toBe(OLD_CODE);

    // Stale but read the same today: the refinement made from that reading is kept.
    const refinedRows = [{ code: '15-2051.00', confidence: 1 }];
    const [own] = await db
      .select({ occupations: profileOccupations.occupations })
      .from(profileOccupations)
      .where(eq(profileOccupations.userId, (await remoteDataAnalyst(db)).seeker.id))
      .limit(1);
    const same = await remoteDataAnalyst(db);
    await db
      .update(profileOccupations)
      .set({ occupations: own!.occupations, refinedOccupations: refinedRows, occupationsVersion: 1 })
      .where(eq(profileOccupations.userId, same.seeker.id));
    expect(await rereadProfileOccupations(db, await loadProfileForMatching(db, same.seeker.id))).toBe('unchanged');
    expect(await profileReading(db, same.seeker.id)).toMatchObject({
      refined: refinedRows,
      version: OCCUPATION_READING_VERSION,
    });

    // An account deleted after the re-read listed it: nothing to update, and no row made for it.
    const gone = await remoteDataAnalyst(db);
    const profile = await loadProfileForMatching(db, gone.seeker.id);
    await db
      .update(profileOccupations)
      .set({ occupationsVersion: 0 })
      .where(eq(profileOccupations.userId, gone.seeker.id));
    await db.delete(users).where(eq(users.id, gone.seeker.id));
    expect(await rereadProfileOccupations(db, profile)).toBe('skipped');

    // A closed job never prepared holds no reading of any version: not an old reading to re-read.
    const closed = await insertAnalystJob(db, company, 'Closed Analyst', 'remote');
    await db.update(jobs).set({ status: 'closed' }).where(eq(jobs.id, closed.id));
    await backfillMatching(matchingContext(db));
    expect(await jobReading(db, closed.id)).toMatchObject({ occupations: [], version: 0 });
  });

  it("re-infers a profile's reading left by an older version, keeping confirmed occupations", async () => {
    const { db } = tdb();
    const mc = matchingContext(db);
    const { seeker } = await remoteDataAnalyst(db);
    const confirmedSeeker = await remoteDataAnalyst(db);
    await confirmedSeeker.me.profile.setTargetOccupations({ codes: ['15-2051.01'] });
    await drainWorkflows();
    const fresh = await profileReading(db, seeker.id);
    expect(fresh.version).toBe(OCCUPATION_READING_VERSION);
    expect(fresh.code).not.toBe(OLD_CODE);

    for (const userId of [seeker.id, confirmedSeeker.seeker.id]) {
      await db
        .update(profileOccupations)
        .set({
          occupationCode: OLD_CODE,
          occupations: OLD_READING,
          refinedOccupations: OLD_READING,
          occupationsVersion: OCCUPATION_READING_VERSION - 1,
        })
        .where(eq(profileOccupations.userId, userId));
    }

    const result = await backfillMatching(mc);
    expect(result.reread.profiles).toBeGreaterThanOrEqual(2);
    const reread = await profileReading(db, seeker.id);
    expect(reread.code).toBe(fresh.code);
    expect(reread.version).toBe(OCCUPATION_READING_VERSION);
    // The refinement of the old reading is not kept as it was (a new one is made from the jobs
    // nearest the profile, which may name any occupation those jobs read as).
    expect(reread.refined).not.toEqual(OLD_READING);
    const confirmed = await profileReading(db, confirmedSeeker.seeker.id);
    expect(confirmed.code).toBe('15-2051.01');
    expect(confirmed.version).toBe(OCCUPATION_READING_VERSION);

    // The own reading matching starts from is the new one.
    const [stored] = rowsOf<{ own: string }>(
      await db.execute(sql`SELECT occupations::text AS own FROM profile_occupations WHERE user_id = ${seeker.id}`),
    );
    expect(stored?.own).not.toContain(OLD_CODE);
    expect((await backfillMatching(mc)).reread.profiles).toBe(0);
  });
});
