/**
 * Job seekers' analytics: what the analytics procedures accept and return. Client-safe (the page
 * imports the labels and types). Rates are fractions in [0, 1]; the UI formats them as percents.
 */
import { z } from 'zod';

export const ANALYTICS_WINDOWS = ['1m', '3m', '6m', 'all'] as const;
export type AnalyticsWindow = (typeof ANALYTICS_WINDOWS)[number];
export const DEFAULT_WINDOW: AnalyticsWindow = '3m';

/** Fixed lengths in days, so "the last month" means the same thing on every day of the year. */
export const WINDOW_DAYS: Readonly<Record<AnalyticsWindow, number | null>> = {
  '1m': 30,
  '3m': 90,
  '6m': 180,
  all: null,
};
export const WINDOW_LABEL: Readonly<Record<AnalyticsWindow, string>> = {
  '1m': 'Last 30 days',
  '3m': 'Last 90 days',
  '6m': 'Last 180 days',
  all: 'All time',
};

export const overviewInput = z.object({
  window: z.enum(ANALYTICS_WINDOWS, 'Pick 1m, 3m, 6m or all.').default(DEFAULT_WINDOW),
});
export type OverviewInput = z.input<typeof overviewInput>;

export const predictionInput = z.object({ jobId: z.uuid('Not a valid job id.') });
export type PredictionInput = z.input<typeof predictionInput>;

/** The dimensions applications are broken down by. */
export const BREAKDOWN_DIMENSIONS = [
  'day_of_week',
  'industry',
  'company_size',
  'remote_type',
  'source',
  'match_bucket',
] as const;
export type BreakdownDimension = (typeof BREAKDOWN_DIMENSIONS)[number];
export const DIMENSION_LABEL: Readonly<Record<BreakdownDimension, string>> = {
  day_of_week: 'Day of week applied (UTC)',
  industry: 'Industry',
  company_size: 'Company size',
  remote_type: 'Work arrangement',
  source: 'Job source',
  match_bucket: 'Match score',
};

const rate = z.number().min(0).max(1);
const count = z.number().int().min(0);

export const outcomeCounts = z.object({
  n: count,
  responses: count,
  interviews: count,
  offers: count,
  /** Null when n is 0: a rate of nothing is not 0 %. */
  responseRate: rate.nullable(),
  interviewRate: rate.nullable(),
  offerRate: rate.nullable(),
});
export type OutcomeCounts = z.infer<typeof outcomeCounts>;

export const responseTimeBucket = z.object({ key: z.string(), label: z.string(), count });

export const windowMetrics = outcomeCounts.extend({
  /** Mean days from applying to the company's first answer, over applications that got one. */
  averageResponseDays: z.number().min(0).nullable(),
  responseTimeSamples: count,
  responseTimeBuckets: z.array(responseTimeBucket),
});
export type WindowMetrics = z.infer<typeof windowMetrics>;

export const breakdownGroup = outcomeCounts.extend({ key: z.string(), label: z.string() });
export type BreakdownGroup = z.infer<typeof breakdownGroup>;

export const breakdown = z.object({
  dimension: z.enum(BREAKDOWN_DIMENSIONS),
  /** Only groups with at least `minSample` applications; the rest are counted, not shown. */
  groups: z.array(breakdownGroup),
  hiddenGroups: count,
  hiddenApplications: count,
});
export type Breakdown = z.infer<typeof breakdown>;

export const insight = z.object({
  /** Stable within a window: `<dimension>:<key>:<direction>`; recommendations point at it. */
  id: z.string(),
  dimension: z.enum(BREAKDOWN_DIMENSIONS),
  key: z.string(),
  label: z.string(),
  direction: z.enum(['above', 'below']),
  metric: z.literal('interview_rate'),
  /** Applications the group's rate rests on. */
  n: count,
  rate,
  /** The same rate over the window's other applications (the comparison). */
  baselineN: count,
  baselineRate: rate,
  message: z.string(),
});
export type Insight = z.infer<typeof insight>;

export const recommendation = z.object({
  id: z.string(),
  message: z.string(),
  evidence: insight
    .pick({
      dimension: true,
      key: true,
      metric: true,
      n: true,
      rate: true,
      baselineN: true,
      baselineRate: true,
    })
    .extend({ insightId: z.string() }),
});
export type Recommendation = z.infer<typeof recommendation>;

const benchmarkRates = z.object({
  responseRate: rate.nullable(),
  interviewRate: rate.nullable(),
  offerRate: rate.nullable(),
  averageResponseDays: z.number().min(0).nullable(),
});

export const benchmarkGroup = z.object({
  id: z.string(),
  dimension: z.enum(['overall', 'industry']),
  key: z.string(),
  label: z.string(),
  /** Other seekers in the group; groups under `minUsers` are never reported. */
  users: count,
  /** The mean of each other seeker's own rate (every seeker counts once). */
  platform: benchmarkRates,
  you: benchmarkRates.extend({ n: count }),
});
export type BenchmarkGroup = z.infer<typeof benchmarkGroup>;

export const benchmarks = z.object({ minUsers: count, groups: z.array(benchmarkGroup) });
export type Benchmarks = z.infer<typeof benchmarks>;

/** One window's analytics, as cached and as served. */
export const windowAnalytics = z.object({
  metrics: windowMetrics,
  breakdowns: z.array(breakdown),
  insights: z.array(insight),
  recommendations: z.array(recommendation),
  benchmarks,
});
export type WindowAnalytics = z.infer<typeof windowAnalytics>;

export const overviewOutput = windowAnalytics.extend({
  window: z.enum(ANALYTICS_WINDOWS),
  /** Breakdown groups and insights rest on at least this many applications. */
  minSample: count,
  calculatedAt: z.date(),
});
export type OverviewOutput = z.infer<typeof overviewOutput>;

export const predictionFactor = z.object({
  feature: z.string(),
  direction: z.enum(['raises', 'lowers']),
  /** Percentage points this factor moves the estimate, against an average application. */
  points: z.number(),
  text: z.string(),
});
export type PredictionFactor = z.infer<typeof predictionFactor>;

export const predictionOutput = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('insufficient_data'),
    reason: z.enum(['few_own_applications', 'few_platform_outcomes']),
    have: count,
    need: count,
    message: z.string(),
  }),
  z.object({
    status: z.literal('ok'),
    jobId: z.uuid(),
    /** Estimated chance of an interview or offer if you apply now. */
    probability: rate,
    confidence: z.object({
      level: z.enum(['low', 'medium', 'high']),
      /** Area under the ROC curve on held-out seekers' applications. */
      auc: rate,
      trainingSize: count,
    }),
    factors: z.array(predictionFactor),
    trainedAt: z.date(),
  }),
]);
export type PredictionOutput = z.infer<typeof predictionOutput>;
