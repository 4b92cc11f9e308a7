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
import { jobs, profileOccupations } from '@/server/db/schema';
import { backfillMatching } from '@/server/services/matching/backfill';
import { matchingContext } from '@/server/services/matching/matching-context';
import { OCCUPATION_READING_VERSION } from '@/server/services/matching/occupations/reading-version';
import { prepareJobsForMatching } from '@/server/services/matching/prepare-jobs';
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
