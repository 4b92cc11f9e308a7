/**
 * Recommendations, one per actionable insight (pure), each carrying the insight it rests on.
 * Groups that name no choice the seeker can make ("unknown industry", "not scored") give none.
 */
import type { BreakdownDimension, Recommendation } from '@/lib/validators/analytics';
import { pct, type ScoredInsight } from './derive-insights';

export const MAX_RECOMMENDATIONS = 5;

type Advice = (label: string, key: string) => string;

const ABOVE: Record<BreakdownDimension, Advice> = {
  day_of_week: (l) => `Send applications on ${l}s when you can.`,
  industry: (l) => `Prioritise roles in ${l}.`,
  company_size: (l) => `Target companies of ${l}.`,
  remote_type: (l) => `Favour ${l.toLowerCase()} roles.`,
  source: (l) => `Look for jobs from ${l} first.`,
  match_bucket: (l) => `Focus on jobs with a match score of ${l.toLowerCase()}.`,
};

const BELOW: Record<BreakdownDimension, Advice> = {
  day_of_week: (l) => `Avoid sending applications on ${l}s.`,
  industry: (l) => `Tailor your applications in ${l} more, or spend that time on other industries.`,
  company_size: (l) => `Tailor applications to companies of ${l} more, or send fewer.`,
  remote_type: (l) => `${l} roles convert worst for you: tailor those applications more, or send fewer.`,
  source: (l) => `Jobs from ${l} rarely lead to interviews for you: check them more critically before applying.`,
  match_bucket: (l, key) =>
    key === 'lt55'
      ? 'Skip jobs with a match score below 55% unless you have a reason the score misses.'
      : `Applications with a match score of ${l.toLowerCase()} underperform: read those postings more closely.`,
};

const NOT_ACTIONABLE = new Set(['unknown', 'unscored']);
/**
 * Match buckets advise one way only: seek out high matches, avoid low ones. A low bucket doing
 * better than the rest (often noise, or a rest made of unscored jobs) is shown as an insight but
 * never becomes "apply to worse matches".
 */
const MATCH_ADVICE: Record<'above' | 'below', ReadonlySet<string>> = {
  above: new Set(['70-85', 'ge85']),
  below: new Set(['lt55', '55-70']),
};

const actionable = (i: ScoredInsight) =>
  !NOT_ACTIONABLE.has(i.key) && (i.dimension !== 'match_bucket' || MATCH_ADVICE[i.direction].has(i.key));

export function deriveRecommendations(insights: readonly ScoredInsight[]): Recommendation[] {
  return insights
    .filter(actionable)
    .slice(0, MAX_RECOMMENDATIONS)
    .map((i) => {
      const advice = (i.direction === 'above' ? ABOVE : BELOW)[i.dimension](i.label, i.key);
      return {
        id: `rec:${i.id}`,
        message: `${advice} ${pct(i.rate)} of ${i.n} such applications led to an interview, against ${pct(i.baselineRate)} of your other ${i.baselineN}.`,
        evidence: {
          insightId: i.id,
          dimension: i.dimension,
          key: i.key,
          metric: i.metric,
          n: i.n,
          rate: i.rate,
          baselineN: i.baselineN,
          baselineRate: i.baselineRate,
        },
      };
    });
}
