import { describe, expect, it } from 'vitest';
import type { Breakdown } from '@/lib/validators/analytics';
import { deriveInsights } from './derive-insights';
import { deriveRecommendations } from './derive-recommendations';

const group = (key: string, n: number, interviews: number) => ({
  key,
  label: key,
  n,
  responses: interviews,
  interviews,
  offers: 0,
  responseRate: interviews / n,
  interviewRate: interviews / n,
  offerRate: 0,
});
const breakdown = (dimension: Breakdown['dimension'], groups: ReturnType<typeof group>[]): Breakdown => ({
  dimension,
  groups,
  hiddenGroups: 0,
  hiddenApplications: 0,
});

describe('deriveInsights', () => {
  it('reports a group far from the rest, with its n and the comparison', () => {
    // hybrid 6/10 vs the other 20 with 2 interviews (10 %): gap 0.5, pooled 8/30,
    // se = sqrt(0.2667 * 0.7333 * (1/10 + 1/20)) = 0.1713, z = 2.92
    const [insight, ...rest] = deriveInsights(
      [breakdown('remote_type', [group('onsite', 12, 1), group('hybrid', 10, 6), group('remote', 8, 1)])],
      { n: 30, interviews: 8 },
    );
    expect(insight).toMatchObject({
      id: 'remote_type:hybrid:above',
      n: 10,
      rate: 0.6,
      baselineN: 20,
      baselineRate: 0.1,
    });
    expect(insight?.z).toBeCloseTo(2.92, 2);
    // onsite 1/12 vs 7/18: gap 0.31, z = -1.81 -> the lowest group below
    expect(rest.map((i) => i.id)).toEqual(['remote_type:onsite:below']);
  });

  it('stays silent on small gaps, thin evidence and groups under the minimum sample', () => {
    // 2/5 vs 2/8: a 15-point gap but z = 0.57 (less than one standard error)
    expect(deriveInsights([breakdown('day_of_week', [group('mon', 5, 2)])], { n: 13, interviews: 4 })).toEqual([]);
    // 3/10 vs 5/20: gap 0.05 < 0.10
    expect(deriveInsights([breakdown('industry', [group('Software', 10, 3)])], { n: 30, interviews: 8 })).toEqual([]);
    // the rest (4 applications) is under the minimum sample of 5
    expect(deriveInsights([breakdown('industry', [group('Software', 10, 9)])], { n: 14, interviews: 9 })).toEqual([]);
  });
});

describe('deriveRecommendations', () => {
  it('points at its insight with the same numbers, and skips groups nobody can choose', () => {
    const insights = deriveInsights(
      [breakdown('match_bucket', [group('unscored', 10, 6), group('ge85', 10, 6), group('lt55', 10, 0)])],
      { n: 30, interviews: 12 },
    );
    const recs = deriveRecommendations(insights);
    expect(recs.map((r) => r.evidence.insightId)).toEqual(
      insights.filter((i) => i.key !== 'unscored').map((i) => i.id),
    );
    const low = recs.find((r) => r.evidence.key === 'lt55');
    expect(low?.message).toMatch(/^Skip jobs with a match score below 55%/);
    expect(low?.evidence).toMatchObject({ n: 10, rate: 0, baselineN: 20, baselineRate: 0.6 });
    expect(low?.message).toContain('0% of 10 such applications');
  });

  it('never advises seeking low matches or avoiding high ones', () => {
    // lt55 7/10 vs 2/20 (above); ge85 0/10 vs 9/20 (below): both insights, neither advice
    const insights = deriveInsights(
      [breakdown('match_bucket', [group('lt55', 10, 7), group('55-70', 10, 2), group('ge85', 10, 0)])],
      { n: 30, interviews: 9 },
    );
    expect(insights.map((i) => i.id).sort()).toEqual(['match_bucket:ge85:below', 'match_bucket:lt55:above']);
    expect(deriveRecommendations(insights)).toEqual([]);
  });
});
