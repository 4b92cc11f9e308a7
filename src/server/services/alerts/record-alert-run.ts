/**
 * The first half of an alert run for one saved search and run slot: find the new jobs and claim
 * them. Each job is claimed for the search once (alert_deliveries' unique key, insert first), by
 * the slot that found it; the slot's digest row is written in the same transaction. A retried run
 * of the slot finds its digest and goes on to send it; a run of another slot finds nothing new.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/server/db';
import { alertDeliveries, alertDigests, savedSearches } from '@/server/db/schema';
import type { MatchingContext } from '../matching/matching-context';
import { findNewJobsForSearch } from './find-new-jobs';
import { savedSearchColumns, type SavedSearchRow } from './saved-search-row';

export type RecordedRun =
  { digestId: string; jobs: number } | { digestId: null; reason: 'gone' | 'alerts_off' | 'no_new_jobs' };

async function digestOf(db: DbOrTx, savedSearchId: string, slot: string): Promise<string | null> {
  const [row] = await db
    .select({ id: alertDigests.id })
    .from(alertDigests)
    .where(and(eq(alertDigests.savedSearchId, savedSearchId), eq(alertDigests.slot, slot)))
    .limit(1);
  return row?.id ?? null;
}

async function loadSearch(db: DbOrTx, id: string, lock = false): Promise<SavedSearchRow | undefined> {
  const query = db.select(savedSearchColumns).from(savedSearches).where(eq(savedSearches.id, id));
  const [row] = await (lock ? query.for('update') : query);
  return row;
}

export async function recordAlertRun(mc: MatchingContext, savedSearchId: string, slot: string): Promise<RecordedRun> {
  const done = await digestOf(mc.db, savedSearchId, slot);
  if (done) return { digestId: done, jobs: -1 };
  const search = await loadSearch(mc.db, savedSearchId);
  if (!search) return { digestId: null, reason: 'gone' };
  if (search.frequency === 'off') return { digestId: null, reason: 'alerts_off' };

  // The cursor moves to the database's clock as of before the search, never backwards.
  const [clock] = await mc.db
    .select({ now: sql<Date>`now()`.mapWith((v: string | Date) => new Date(v)) })
    .from(sql`(VALUES (1)) AS one(x)`);
  const found = await findNewJobsForSearch(mc, search);

  return mc.db.transaction(async (tx): Promise<RecordedRun> => {
    // One run of a search at a time from here: a concurrent run of the same slot waits, then
    // finds this slot's digest; one of another slot finds these jobs already claimed.
    const current = await loadSearch(tx, savedSearchId, true);
    if (!current) return { digestId: null, reason: 'gone' };
    const raced = await digestOf(tx, savedSearchId, slot);
    if (raced) return { digestId: raced, jobs: -1 };
    if (current.frequency === 'off') return { digestId: null, reason: 'alerts_off' };

    const claimed = found.jobs.length
      ? await tx
          .insert(alertDeliveries)
          .values(found.jobs.map((j) => ({ savedSearchId, jobId: j.id, slot, matchScore: j.matchScore })))
          .onConflictDoNothing({ target: [alertDeliveries.savedSearchId, alertDeliveries.jobId] })
          .returning({ jobId: alertDeliveries.jobId })
      : [];
    const cursor = clock?.now ?? new Date();
    await tx
      .update(savedSearches)
      .set({ lastAlertedAt: sql`greatest(${savedSearches.lastAlertedAt}, ${cursor.toISOString()}::timestamptz)` })
      .where(eq(savedSearches.id, savedSearchId));
    if (claimed.length === 0) return { digestId: null, reason: 'no_new_jobs' };
    const [digest] = await tx
      .insert(alertDigests)
      .values({ savedSearchId, userId: current.userId, slot, moreCount: found.more })
      .returning({ id: alertDigests.id });
    if (!digest) throw new Error('alert digest neither inserted nor found');
    return { digestId: digest.id, jobs: claimed.length };
  });
}
