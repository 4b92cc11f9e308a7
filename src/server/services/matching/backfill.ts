/**
 * Makes every open job matchable that is not yet (seeded or imported in bulk, or embedded with
 * another model): occupations, embeddings, index. Re-reads the occupations an older version of
 * the occupation layer stored (reread-occupations.ts). Then refines the occupations and refreshes
 * the stored matches of the seekers who have a profile. Run after seeding, at each start on the
 * embedded database and by `npm run reindex -- --backfill`.
 */
import { and, count, eq, isNull, sql } from 'drizzle-orm';
import { jobEmbeddings, jobs } from '@/server/db/schema';
import type { MatchingContext } from './matching-context';
import { rescoreUser, seekersToRescore } from './materialize-scores';
import { prepareJobsForMatching } from './prepare-jobs';
import { refineProfileOccupations } from './refine-occupations';
import { rereadStaleOccupations, type RereadOccupations } from './reread-occupations';

export interface BackfillResult {
  jobs: number;
  /** Stored readings of an older occupation reading version, re-read. */
  reread: RereadOccupations;
  seekers: number;
  ms: number;
}

export async function backfillMatching(
  mc: MatchingContext,
  opts: { batch?: number; log?: (line: string) => void; progress?: (done: number, total: number) => void } = {},
): Promise<BackfillResult> {
  const started = performance.now();
  const batch = opts.batch ?? 1000;
  const embedded = and(eq(jobEmbeddings.jobId, jobs.id), eq(jobEmbeddings.model, mc.embedding.id));
  const unprepared = and(sql`${jobs.status} = 'open'`, isNull(jobEmbeddings.jobId));
  let total = 0;
  if (opts.progress) {
    const [row] = await mc.db.select({ n: count() }).from(jobs).leftJoin(jobEmbeddings, embedded).where(unprepared);
    total = row?.n ?? 0;
    opts.progress(0, total);
  }
  let done = 0;
  for (;;) {
    const rows = await mc.db
      .select({ id: jobs.id })
      .from(jobs)
      .leftJoin(jobEmbeddings, embedded)
      .where(unprepared)
      .orderBy(jobs.id)
      .limit(batch);
    if (rows.length === 0) break;
    const prepared = await prepareJobsForMatching(
      mc,
      rows.map((r) => r.id),
    );
    // No progress would loop forever: a batch that embedded nothing is a bug, not a retry.
    if (prepared.embedded === 0) throw new Error('backfill made no progress: jobs were not embedded');
    done += rows.length;
    opts.log?.(`matching: ${done} jobs prepared`);
    opts.progress?.(done, Math.max(total, done));
  }
  // After the preparation above, which stores current readings: only older rows are left.
  const reread = await rereadStaleOccupations(mc.db, { batch, log: opts.log });
  // Their refinement was dropped with the old reading; seekers without skills or roles are not
  // refined by the loop below, so each is refined here (the rest twice, once per upgrade).
  for (const userId of reread.changedProfiles) await refineProfileOccupations(mc, userId);
  let seekers = 0;
  for (let after: string | null = null; ;) {
    const users = await seekersToRescore(mc, after, 200);
    for (const userId of users) {
      // The jobs just prepared are what the seeker's occupations are refined against.
      await refineProfileOccupations(mc, userId);
      await rescoreUser(mc, userId);
    }
    seekers += users.length;
    if (users.length < 200) break;
    after = users.at(-1) ?? null;
  }
  return { jobs: done, reread, seekers, ms: Math.round(performance.now() - started) };
}
