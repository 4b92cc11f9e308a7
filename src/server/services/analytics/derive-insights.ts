/**
 * Insights: breakdown groups whose interview rate stands apart from the seeker's other
 * applications in the same window (pure). A group is compared with the rest, not with the
 * total (which contains the group itself). It becomes an insight when
 *   - both sides rest on at least MIN_SAMPLE applications,
 *   - the rates differ by at least MIN_GAP (10 points), and
 *   - the gap exceeds one standard error of a two-proportion comparison (|z| >= 1),
 * so that two lucky interviews out of five do not become advice. Per dimension, at most the
 * highest group above and the lowest below are kept; strongest evidence (|z|) first.
 */
import type { Breakdown, BreakdownDimension, Insight, OutcomeCounts } from '@/lib/validators/analytics';
import { round } from './compute-metrics';
import { MIN_SAMPLE } from './compute-breakdowns';

export const MIN_GAP = 0.1;
const MIN_Z = 1;

export const pct = (rate: number) => `${Math.round(rate * 100)}%`;

const SUBJECT: Record<BreakdownDimension, (label: string) => string> = {
  day_of_week: (l) => `Applications sent on a ${l}`,
  industry: (l) => `Applications in ${l}`,
  company_size: (l) => `Applications to companies of ${l}`,
  remote_type: (l) => `Applications to ${l.toLowerCase()} jobs`,
  source: (l) => `Applications to jobs from ${l}`,
  match_bucket: (l) =>
    l === 'Not scored'
      ? 'Applications to jobs without a match score'
      : `Applications with a match score of ${l.toLowerCase()}`,
};

export interface ScoredInsight extends Insight {
  /** Strength of evidence, for ordering (not shown). */
  z: number;
}

function zScore(a: { k: number; n: number }, b: { k: number; n: number }): number {
  const pooled = (a.k + b.k) / (a.n + b.n);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / a.n + 1 / b.n));
  return se > 0 ? (a.k / a.n - b.k / b.n) / se : 0;
}

export function deriveInsights(
  breakdowns: readonly Breakdown[],
  total: Pick<OutcomeCounts, 'n' | 'interviews'>,
  minSample = MIN_SAMPLE,
): ScoredInsight[] {
  const out: ScoredInsight[] = [];
  for (const b of breakdowns) {
    const candidates: ScoredInsight[] = [];
    for (const g of b.groups) {
      const rest = { n: total.n - g.n, k: total.interviews - g.interviews };
      if (g.n < minSample || rest.n < minSample) continue;
      const rate = g.interviews / g.n;
      const baselineRate = rest.k / rest.n;
      const z = zScore({ k: g.interviews, n: g.n }, rest);
      if (Math.abs(rate - baselineRate) < MIN_GAP || Math.abs(z) < MIN_Z) continue;
      const direction = rate > baselineRate ? 'above' : 'below';
      candidates.push({
        id: `${b.dimension}:${g.key}:${direction}`,
        dimension: b.dimension,
        key: g.key,
        label: g.label,
        direction,
        metric: 'interview_rate',
        n: g.n,
        rate: round(rate, 4),
        baselineN: rest.n,
        baselineRate: round(baselineRate, 4),
        message:
          `${SUBJECT[b.dimension](g.label)} got an interview ${pct(rate)} of the time (${g.interviews} of ${g.n}), ` +
          `against ${pct(baselineRate)} for your other ${rest.n}.`,
        z,
      });
    }
    const best = candidates.filter((c) => c.direction === 'above').sort((x, y) => y.z - x.z)[0];
    const worst = candidates.filter((c) => c.direction === 'below').sort((x, y) => x.z - y.z)[0];
    for (const c of [best, worst]) if (c) out.push(c);
  }
  return out.sort((x, y) => Math.abs(y.z) - Math.abs(x.z));
}

/** Drops the ordering score before the insight leaves the service. */
export const publicInsight = ({ z: _z, ...insight }: ScoredInsight): Insight => insight;
