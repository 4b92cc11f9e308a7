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

/** Each page of keys in key order, `batch` at a time: one pass whatever each page's work changes. */
async function forEachPage(
  batch: number,
  page: (after: string | null) => Promise<string[]>,
  each: (keys: string[]) => Promise<void>,
): Promise<void> {
  for (let after: string | null = null; ;) {
    const keys = await page(after);
    if (keys.length > 0) await each(keys);
    if (keys.length < batch) return;
    after = keys.at(-1) ?? null;
  }
}

export async function rereadStaleOccupations(
  db: DbOrTx,
  { batch = 1000, log }: { batch?: number; log?: (line: string) => void } = {},
): Promise<RereadOccupations> {
  let jobCount = 0;
  await forEachPage(
    batch,
    async (after) =>
      (
        await db
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
          .limit(batch)
      ).map((r) => r.id),
    async (ids) => {
      jobCount += await refreshJobOccupations(db, ids, { onlyStale: true });
      log?.(`occupations: ${jobCount} jobs re-read`);
    },
  );
  let profiles = 0;
  const changedProfiles: string[] = [];
  await forEachPage(
    batch,
    async (after) =>
      (
        await db
          .select({ userId: profileOccupations.userId })
          .from(profileOccupations)
          .where(
            and(
              lt(profileOccupations.occupationsVersion, OCCUPATION_READING_VERSION),
              after ? gt(profileOccupations.userId, after) : undefined,
            ),
          )
          .orderBy(asc(profileOccupations.userId))
          .limit(batch)
      ).map((r) => r.userId),
    async (userIds) => {
      for (const userId of userIds) {
        const reread = await rereadProfileOccupations(db, await loadProfileForMatching(db, userId));
        if (reread !== 'skipped') profiles += 1;
        if (reread === 'changed') changedProfiles.push(userId);
      }
    },
  );
  if (profiles > 0) log?.(`occupations: ${profiles} profiles re-read`);
  return { jobs: jobCount, profiles, changedProfiles };
}
