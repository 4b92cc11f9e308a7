import { describe, expect, it } from 'vitest';
import { dcg, meanMetrics, ndcgAt, precisionAt, queryMetrics, reciprocalRank, topK } from './metrics';

describe('ranking metrics', () => {
  it('computes DCG with 2^grade - 1 gains and log2 discounts', () => {
    expect(dcg([2, 0, 1], 10)).toBeCloseTo(3 + 1 / 2, 12);
    expect(dcg([2, 0, 1], 1)).toBe(3);
  });

  it('normalizes NDCG by the ideal ordering of the whole pool', () => {
    expect(ndcgAt([2, 1, 0], [0, 1, 2], 10)).toBeCloseTo(1, 12);
    expect(ndcgAt([0, 1, 2], [0, 1, 2], 10)).toBeCloseTo((1 / Math.log2(3) + 3 / 2) / (3 + 1 / Math.log2(3)), 12);
    expect(ndcgAt([0, 0], [0, 0], 10)).toBe(0);
    // A relevant job the ranking never reached still counts in the ideal.
    expect(ndcgAt([1], [1, 2], 10)).toBeLessThan(1);
  });

  it('counts precision and reciprocal rank at a minimum grade', () => {
    const ranked = [0, 1, 2, 0, 0, 0, 0, 0, 0, 0, 2];
    expect(precisionAt(ranked, 10, 1)).toBe(0.2);
    expect(precisionAt(ranked, 10, 2)).toBe(0.1);
    expect(reciprocalRank(ranked, 1)).toBe(0.5);
    expect(reciprocalRank(ranked, 2)).toBeCloseTo(1 / 3, 12);
    expect(reciprocalRank([0, 0], 1)).toBe(0);
  });

  it('averages per-query metrics', () => {
    const a = queryMetrics([2], [2]);
    const b = queryMetrics([0], [2]);
    expect(meanMetrics([a, b]).ndcg10).toBe(0.5);
    expect(meanMetrics([a, b]).mrrSame).toBe(0.5);
  });

  it('ranks by score with ties broken by index', () => {
    expect(topK([0.1, 0.5, 0.5, 0.9], 3)).toEqual([3, 1, 2]);
  });
});
