/**
 * Every window's analytics for one seeker, from one read of their applications: the metrics,
 * the breakdowns, the insights and recommendations drawn from them, and the benchmarks.
 */
import { ANALYTICS_WINDOWS, type AnalyticsWindow, type WindowAnalytics } from '@/lib/validators/analytics';
import type { DbOrTx } from '@/server/db';
import { loadApplicationFacts } from './application-facts';
import { computeBreakdowns } from './compute-breakdowns';
import { computeMetrics, inWindow, windowStart } from './compute-metrics';
import { deriveInsights, publicInsight } from './derive-insights';
import { deriveRecommendations } from './derive-recommendations';
import { platformBenchmarks } from './platform-benchmarks';

export type AnalyticsByWindow = Record<AnalyticsWindow, WindowAnalytics>;

export async function computeOverview(db: DbOrTx, userId: string, now: Date): Promise<AnalyticsByWindow> {
  const all = await loadApplicationFacts(db, { userId });
  const entries = await Promise.all(
    ANALYTICS_WINDOWS.map(async (window): Promise<[AnalyticsWindow, WindowAnalytics]> => {
      const facts = inWindow(all, window, now);
      const metrics = computeMetrics(facts);
      const breakdowns = computeBreakdowns(facts);
      const insights = deriveInsights(breakdowns, metrics);
      const benchmarks = await platformBenchmarks(db, { userId, window, since: windowStart(window, now), facts });
      return [
        window,
        {
          metrics,
          breakdowns,
          insights: insights.map(publicInsight),
          recommendations: deriveRecommendations(insights),
          benchmarks,
        },
      ];
    }),
  );
  return Object.fromEntries(entries) as AnalyticsByWindow;
}
