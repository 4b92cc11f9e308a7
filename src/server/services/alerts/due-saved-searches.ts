/**
 * Which saved searches an alert run serves: instant ones every run, daily ones 24 hours after
 * their last alert, weekly ones after 7 days (less a few minutes, so an hourly cron that fires a
 * little early does not push a digest back by an hour). Oldest cursor first.
 */
import { and, asc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/server/db';
import { alertDigests, jobs, savedSearches } from '@/server/db/schema';

/**
 * Saved searches served per run: each takes two workflow steps, and an Inngest run allows 1,000.
 * Searches beyond it are served by the next run (they are the most recently served).
 */
export const DUE_PER_RUN = 400;
const EARLY = "interval '10 minutes'";

/** The run slot of an hourly run: its hour, UTC ("2026-12-03T18"). */
export const hourSlot = (at: Date): string => at.toISOString().slice(0, 13);

export async function dueSavedSearchIds(db: DbOrTx, at: Date, limit = DUE_PER_RUN): Promise<string[]> {
  const cursor = sql`coalesce(${savedSearches.lastAlertedAt}, ${savedSearches.createdAt})`;
  const now = sql`${at.toISOString()}::timestamptz`;
  const rows = await db
    .select({ id: savedSearches.id })
    .from(savedSearches)
    .where(
      or(
        eq(savedSearches.alertFrequency, 'instant'),
        and(eq(savedSearches.alertFrequency, 'daily'), sql`${cursor} <= ${now} - interval '1 day' + ${sql.raw(EARLY)}`),
        and(
          eq(savedSearches.alertFrequency, 'weekly'),
          sql`${cursor} <= ${now} - interval '7 days' + ${sql.raw(EARLY)}`,
        ),
      ),
    )
    .orderBy(asc(cursor), asc(savedSearches.id))
    .limit(limit);
  return rows.map((r) => r.id);
}

/**
 * Instant searches to run when jobs were reported changed: all of them, but only when one of the
 * jobs is open and was created in the last day (edits and closures alert nobody).
 */
export async function instantSearchIdsForJobs(
  db: DbOrTx,
  jobIds: readonly string[],
  limit = DUE_PER_RUN,
): Promise<string[]> {
  const [fresh] = await db
    .select({ id: jobs.id })
    .from(jobs)
    .where(
      and(inArray(jobs.id, [...jobIds]), eq(jobs.status, 'open'), sql`${jobs.createdAt} > now() - interval '1 day'`),
    )
    .limit(1);
  if (!fresh) return [];
  const rows = await db
    .select({ id: savedSearches.id })
    .from(savedSearches)
    .where(eq(savedSearches.alertFrequency, 'instant'))
    .orderBy(asc(savedSearches.lastAlertedAt), asc(savedSearches.id))
    .limit(limit);
  return rows.map((r) => r.id);
}

/**
 * Digests of the last day whose email is neither sent nor skipped (their run stopped between
 * recording and sending): each hourly run finishes them.
 */
export async function unfinishedDigestIds(db: DbOrTx, limit = 100): Promise<string[]> {
  const rows = await db
    .select({ id: alertDigests.id })
    .from(alertDigests)
    .where(
      and(
        isNull(alertDigests.emailSentAt),
        isNull(alertDigests.emailSkipped),
        sql`${alertDigests.createdAt} > now() - interval '1 day'`,
        lt(alertDigests.createdAt, sql`now() - interval '5 minutes'`),
      ),
    )
    .orderBy(asc(alertDigests.createdAt))
    .limit(limit);
  return rows.map((r) => r.id);
}
