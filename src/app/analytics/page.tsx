import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import {
  DEFAULT_WINDOW,
  DIMENSION_LABEL,
  overviewInput,
  WINDOW_LABEL,
  type Breakdown,
  type BreakdownDimension,
} from '@/lib/validators/analytics';
import { getSession } from '@/server/auth/session';
import { getServerApi } from '@/trpc/server';
import { countOf } from '../_components/format';
import { BenchmarksTable } from './_components/benchmarks-table';
import { ChartSection } from './_components/chart-section';
import { InsightsList, RecommendationsList } from './_components/insights-list';
import { MetricCards } from './_components/metric-cards';
import { RatesChart } from './_components/rates-chart';
import { RatesTable } from './_components/rates-table';
import { ResponseTimeChart } from './_components/response-time-chart';
import { ResponseTimeTable } from './_components/response-time-table';
import { SavedJobChances, type JobChance } from './_components/saved-job-chances';
import { WindowTabs } from './_components/window-tabs';

/** "Day of week applied (UTC)" reads "day of week applied (UTC)" mid-sentence: only the first letter drops its capital. */
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export const metadata: Metadata = { title: 'Analytics' };
export const dynamic = 'force-dynamic';

type Params = Record<string, string | string[] | undefined>;
/** Charts for these; the other dimensions are plain tables. */
const CHARTED: readonly BreakdownDimension[] = ['day_of_week', 'match_bucket'];
const SAVED_JOBS_PREDICTED = 3;

export default async function AnalyticsPage({ searchParams }: { searchParams: Promise<Params> }) {
  if (!(await getSession())) redirect('/sign-in?callbackUrl=/analytics');
  // An unknown ?window= falls back to the default instead of failing the page.
  const parsed = overviewInput.safeParse({ window: (await searchParams).window });
  const window = parsed.success ? parsed.data.window : DEFAULT_WINDOW;
  const api = await getServerApi();
  const [overview, saved] = await Promise.all([api.analytics.overview({ window }), api.applications.saved()]);
  const chances = await Promise.allSettled(
    saved.slice(0, SAVED_JOBS_PREDICTED).map(async (s): Promise<JobChance> => ({
      jobId: s.job.id,
      title: s.job.title,
      companyName: s.job.companyName,
      prediction: await api.analytics.prediction({ jobId: s.job.id }),
    })),
  );
  const breakdown = (d: BreakdownDimension) => overview.breakdowns.find((b) => b.dimension === d);
  const { metrics } = overview;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">Application analytics</h1>
          <p className="text-sm text-slate-600">
            {WINDOW_LABEL[window]}, by the date you applied. Updated{' '}
            {overview.calculatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC.
          </p>
        </div>
        <WindowTabs current={window} />
      </div>

      {metrics.n === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
          No applications in this window. Track the jobs you apply to on the{' '}
          <Link href="/applications" className="text-brand-700 underline">
            applications
          </Link>{' '}
          page and your numbers will appear here.
        </p>
      ) : (
        <>
          <MetricCards metrics={metrics} />
          <RecommendationsList recommendations={overview.recommendations} />
          <InsightsList insights={overview.insights} minSample={overview.minSample} />
          <div className="grid gap-4 lg:grid-cols-2">
            {CHARTED.map((d) => breakdown(d))
              .filter((b): b is Breakdown => b !== undefined)
              .map((b) => (
                <ChartSection
                  key={b.dimension}
                  title={`Rates by ${lowerFirst(DIMENSION_LABEL[b.dimension])}`}
                  note={b.groups.length === 0 ? `No group has ${overview.minSample} applications yet.` : undefined}
                  chart={<RatesChart groups={b.groups} xLabel={DIMENSION_LABEL[b.dimension]} />}
                  table={<RatesTable breakdown={b} caption={`Rates by ${DIMENSION_LABEL[b.dimension]}`} />}
                />
              ))}
            <ChartSection
              title="Time to the company's first answer"
              note={`${countOf(metrics.responseTimeSamples, 'answered application')}${metrics.averageResponseDays === null ? '' : `; average ${countOf(metrics.averageResponseDays, 'day')}`}.`}
              chart={<ResponseTimeChart buckets={metrics.responseTimeBuckets} />}
              table={<ResponseTimeTable buckets={metrics.responseTimeBuckets} />}
            />
          </div>
          <section className="rounded-xl bg-white p-4 shadow-sm">
            <h2 className="text-lg font-semibold">More breakdowns</h2>
            <div className="mt-2 grid grid-cols-1 gap-6 lg:grid-cols-2">
              {overview.breakdowns
                .filter((b) => !CHARTED.includes(b.dimension))
                .map((b) => (
                  // min-w-0: a grid item is otherwise as wide as its table, and the page scrolls sideways.
                  <div key={b.dimension} className="min-w-0">
                    <h3 className="font-medium">{DIMENSION_LABEL[b.dimension]}</h3>
                    <RatesTable breakdown={b} caption={`Rates by ${DIMENSION_LABEL[b.dimension]}`} />
                  </div>
                ))}
            </div>
          </section>
        </>
      )}
      <BenchmarksTable benchmarks={overview.benchmarks} />
      <SavedJobChances chances={chances.flatMap((c) => (c.status === 'fulfilled' ? [c.value] : []))} />
    </div>
  );
}
