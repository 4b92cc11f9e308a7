/**
 * user_analytics_cache: one row per seeker holding every window (metrics, insights and
 * benchmarks columns, each keyed by window). Served while expires_at is ahead; the
 * refresh-analytics workflow rewrites it whenever the seeker's applications change. A row whose
 * shape no longer parses (written by an older release) is treated as missing.
 */
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { ANALYTICS_WINDOWS, windowAnalytics } from '@/lib/validators/analytics';
import type { DbOrTx } from '@/server/db';
import { userAnalyticsCache } from '@/server/db/schema';
import type { AnalyticsByWindow } from './compute-overview';

/** How long a computed overview is served without a change to the seeker's applications. */
export const ANALYTICS_CACHE_TTL_MS = 60 * 60 * 1000;

const byWindow = <T extends z.ZodType>(schema: T) =>
  z.object(
    Object.fromEntries(ANALYTICS_WINDOWS.map((w) => [w, schema])) as Record<(typeof ANALYTICS_WINDOWS)[number], T>,
  );
const metricsColumn = byWindow(windowAnalytics.shape.metrics);
const insightsColumn = byWindow(windowAnalytics.pick({ breakdowns: true, insights: true, recommendations: true }));
const benchmarksColumn = byWindow(windowAnalytics.shape.benchmarks);

export interface CachedAnalytics {
  windows: AnalyticsByWindow;
  calculatedAt: Date;
}

export async function readFreshAnalytics(db: DbOrTx, userId: string, now: Date): Promise<CachedAnalytics | null> {
  const [row] = await db.select().from(userAnalyticsCache).where(eq(userAnalyticsCache.userId, userId)).limit(1);
  if (!row || row.expiresAt <= now) return null;
  const metrics = metricsColumn.safeParse(row.metrics);
  const insights = insightsColumn.safeParse(row.insights);
  const benchmarks = benchmarksColumn.safeParse(row.benchmarks);
  if (!metrics.success || !insights.success || !benchmarks.success) return null;
  const windows = Object.fromEntries(
    ANALYTICS_WINDOWS.map((w) => [
      w,
      { metrics: metrics.data[w], ...insights.data[w], benchmarks: benchmarks.data[w] },
    ]),
  ) as AnalyticsByWindow;
  return { windows, calculatedAt: row.calculatedAt };
}

export async function writeAnalytics(db: DbOrTx, userId: string, windows: AnalyticsByWindow, now: Date): Promise<void> {
  const perWindow = (part: (w: AnalyticsByWindow['all']) => unknown) =>
    Object.fromEntries(ANALYTICS_WINDOWS.map((w) => [w, part(windows[w])]));
  const values = {
    metrics: perWindow((w) => w.metrics),
    insights: perWindow(({ breakdowns, insights, recommendations }) => ({ breakdowns, insights, recommendations })),
    benchmarks: perWindow((w) => w.benchmarks),
    calculatedAt: now,
    expiresAt: new Date(now.getTime() + ANALYTICS_CACHE_TTL_MS),
  };
  await db
    .insert(userAnalyticsCache)
    .values({ userId, ...values })
    .onConflictDoUpdate({
      target: userAnalyticsCache.userId,
      set: {
        metrics: sql`excluded.metrics`,
        insights: sql`excluded.insights`,
        benchmarks: sql`excluded.benchmarks`,
        calculatedAt: sql`excluded.calculated_at`,
        expiresAt: sql`excluded.expires_at`,
      },
    });
}
