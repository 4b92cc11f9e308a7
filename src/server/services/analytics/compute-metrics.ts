/**
 * The seed's basic metrics over a window, from application facts (pure):
 *   total       = applications applied in the window (status applied or later)
 *   response    = responses / total   (reached any RESPONSE_STATUSES)
 *   interview   = interviews / total  (reached any INTERVIEW_STATUSES)
 *   offer       = offers / total      (reached any OFFER_STATUSES)
 *   avg. response time = mean over answered applications of (first company answer - applied_at)
 * Rates are fractions rounded to 4 places; null when there is nothing to divide by.
 */
import { WINDOW_DAYS, type AnalyticsWindow, type OutcomeCounts, type WindowMetrics } from '@/lib/validators/analytics';
import type { ApplicationFact } from './application-facts';

const DAY_MS = 86_400_000;

export const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;
const ratio = (part: number, whole: number) => (whole > 0 ? round(part / whole, 4) : null);

/** Start of the window (inclusive), or null for all time. */
export function windowStart(window: AnalyticsWindow, now: Date): Date | null {
  const days = WINDOW_DAYS[window];
  return days === null ? null : new Date(now.getTime() - days * DAY_MS);
}

export function inWindow<T extends { appliedAt: Date }>(facts: readonly T[], window: AnalyticsWindow, now: Date): T[] {
  const start = windowStart(window, now);
  return start ? facts.filter((f) => f.appliedAt >= start) : [...facts];
}

export function countOutcomes(facts: readonly Pick<ApplicationFact, 'responded' | 'interviewed' | 'offered'>[]) {
  const n = facts.length;
  const responses = facts.filter((f) => f.responded).length;
  const interviews = facts.filter((f) => f.interviewed).length;
  const offers = facts.filter((f) => f.offered).length;
  return {
    n,
    responses,
    interviews,
    offers,
    responseRate: ratio(responses, n),
    interviewRate: ratio(interviews, n),
    offerRate: ratio(offers, n),
  } satisfies OutcomeCounts;
}

/**
 * Upper bounds in whole days (inclusive); the last bucket is open. A reply is bucketed by the whole
 * days it took: 7.2 days is "4–7 days" as its label reads (it had landed in 8–14).
 */
export const RESPONSE_TIME_BUCKETS = [
  { key: '0-3', label: '0–3 days', max: 3 },
  { key: '4-7', label: '4–7 days', max: 7 },
  { key: '8-14', label: '8–14 days', max: 14 },
  { key: '15-30', label: '15–30 days', max: 30 },
  { key: '31+', label: 'Over 30 days', max: Infinity },
] as const;

export function averageResponseDays(facts: readonly Pick<ApplicationFact, 'responseDays'>[]): number | null {
  const days = facts.map((f) => f.responseDays).filter((d): d is number => d !== null);
  return days.length > 0 ? round(days.reduce((a, b) => a + b, 0) / days.length, 1) : null;
}

export function computeMetrics(facts: readonly ApplicationFact[]): WindowMetrics {
  const days = facts.map((f) => f.responseDays).filter((d): d is number => d !== null);
  return {
    ...countOutcomes(facts),
    averageResponseDays: averageResponseDays(facts),
    responseTimeSamples: days.length,
    responseTimeBuckets: RESPONSE_TIME_BUCKETS.map((b, i) => {
      const min = i === 0 ? -Infinity : (RESPONSE_TIME_BUCKETS[i - 1]?.max ?? -Infinity);
      return {
        key: b.key,
        label: b.label,
        count: days.filter((d) => Math.floor(d) > min && Math.floor(d) <= b.max).length,
      };
    }),
  };
}
