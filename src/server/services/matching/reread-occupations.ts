/**
 * Re-reads the stored occupation readings an older version made (occupations/reading-version.ts):
 * jobs' and profiles', each through the same inference a change to it runs, and only while the
 * row is still stale, so a job or profile changed meanwhile keeps what its own change stored.
 * Pages by key (one pass over each table, whatever is found), so rows the inference cannot
 * update are passed, not read again. Counts only the rows it updated.
 */
import { and, asc, gt, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/server/db';
import { jobs, profileOccupations } from '@/server/db/schema';
import { loadProfileForMatching } from './load-match-inputs';
import { OCCUPATION_READING_VERSION } from './occupations/reading-version';
import { refreshJobOccupations, rereadProfileOccupations } from './refresh-occupations';

export interface RereadOccupations {
  jobs: number;
  profiles: number;
  /** The seekers whose own reading came out different: their refinement was dropped. */
  changedProfiles: string[];
}

export async function rereadStaleOccupations(
  db: DbOrTx,
  { batch = 1000, log }: { batch?: number; log?: (line: string) => void } = {},
): Promise<RereadOccupations> {
  let jobCount = 0;
  for (let after: string | null = null; ;) {
    const rows: { id: string }[] = await db
      .select({ id: jobs.id })
      .from(jobs)
      .where(
        and(
          lt(jobs.occupationsVersion, OCCUPATION_READING_VERSION),
          // Read by some version: a job never prepared (closed before it was) is not an old reading.
          sql`${jobs.occupations} <> '[]'::jsonb`,
          after ? gt(jobs.id, after) : undefined,
        ),
      )
      .orderBy(asc(jobs.id))
      .limit(batch);
    if (rows.length === 0) break;
    jobCount += await refreshJobOccupations(
      db,
      rows.map((r) => r.id),
      { onlyStale: true },
    );
    log?.(`occupations: ${jobCount} jobs re-read`);
    if (rows.length < batch) break;
    after = rows.at(-1)!.id;
  }
  let profiles = 0;
  const changedProfiles: string[] = [];
  for (let after: string | null = null; ;) {
    const rows: { userId: string }[] = await db
      .select({ userId: profileOccupations.userId })
      .from(profileOccupations)
      .where(
        and(
          lt(profileOccupations.occupationsVersion, OCCUPATION_READING_VERSION),
          after ? gt(profileOccupations.userId, after) : undefined,
        ),
      )
      .orderBy(asc(profileOccupations.userId))
      .limit(batch);
    for (const { userId } of rows) {
      const reread = await rereadProfileOccupations(db, await loadProfileForMatching(db, userId));
      if (reread !== 'skipped') profiles += 1;
      if (reread === 'changed') changedProfiles.push(userId);
    }
    if (rows.length < batch) break;
    after = rows.at(-1)!.userId;
  }
  if (profiles > 0) log?.(`occupations: ${profiles} profiles re-read`);
  return { jobs: jobCount, profiles, changedProfiles };
}
