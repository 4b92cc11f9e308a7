import { overviewInput, type OverviewInput, type OverviewOutput } from '@/lib/validators/analytics';
import type { DbOrTx } from '@/server/db';
import type { Actor } from '../actor';
import { readFreshAnalytics } from './analytics-cache';
import { MIN_SAMPLE } from './compute-breakdowns';
import { refreshAnalytics } from './refresh-analytics';

/** The caller's own analytics for one window: from the cache while fresh, else computed and stored. */
export async function getAnalyticsOverview(
  db: DbOrTx,
  raw: OverviewInput,
  actor: Actor,
  now = new Date(),
): Promise<OverviewOutput> {
  const { window } = overviewInput.parse(raw);
  const cached = (await readFreshAnalytics(db, actor.userId, now)) ?? (await refreshAnalytics(db, actor.userId, now));
  return { window, minSample: MIN_SAMPLE, calculatedAt: cached.calculatedAt, ...cached.windows[window] };
}
