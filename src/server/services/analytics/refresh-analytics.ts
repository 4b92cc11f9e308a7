import type { DbOrTx } from '@/server/db';
import { writeAnalytics, type CachedAnalytics } from './analytics-cache';
import { computeOverview } from './compute-overview';

/** Recomputes a seeker's analytics for every window and stores them (the workflow's and a cache miss's path). */
export async function refreshAnalytics(db: DbOrTx, userId: string, now = new Date()): Promise<CachedAnalytics> {
  const windows = await computeOverview(db, userId, now);
  await writeAnalytics(db, userId, windows, now);
  return { windows, calculatedAt: now };
}
