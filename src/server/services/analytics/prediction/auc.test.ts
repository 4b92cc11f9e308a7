import { describe, expect, it } from 'vitest';
import { rocAuc } from './auc';

/** Brute force over every (positive, negative) pair: the definition the rank formula must match. */
function pairwiseAuc(scores: number[], labels: (0 | 1)[]): number {
  let wins = 0;
  let pairs = 0;
  scores.forEach((p, i) => {
    if (labels[i] !== 1) return;
    scores.forEach((q, j) => {
      if (labels[j] !== 0) return;
      pairs++;
      wins += p > q ? 1 : p === q ? 0.5 : 0;
    });
  });
  return wins / pairs;
}

describe('rocAuc', () => {
  it('is 1 for a perfect ranking, 0 for a reversed one, 0.5 when every score ties', () => {
    expect(rocAuc([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1])).toBe(1);
    expect(rocAuc([0.9, 0.8, 0.2, 0.1], [0, 0, 1, 1])).toBe(0);
    expect(rocAuc([0.5, 0.5, 0.5, 0.5], [0, 1, 0, 1])).toBe(0.5);
  });

  it('matches a hand count: 3 positives x 2 negatives, one tie', () => {
    // positives 0.9, 0.6, 0.4; negatives 0.6, 0.3.
    // vs 0.6: wins 1 (0.9), tie 0.5 (0.6), loss (0.4); vs 0.3: three wins. (1 + 0.5 + 3) / 6 = 0.75
    expect(rocAuc([0.9, 0.6, 0.4, 0.6, 0.3], [1, 1, 1, 0, 0])).toBe(0.75);
  });

  it('agrees with the pairwise definition on random data with ties', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let trial = 0; trial < 20; trial++) {
      const scores = Array.from({ length: 60 }, () => Math.round(rand() * 10) / 10);
      const labels = scores.map((s): 0 | 1 => (rand() < s ? 1 : 0));
      if (!labels.includes(1) || !labels.includes(0)) continue;
      expect(rocAuc(scores, labels)).toBeCloseTo(pairwiseAuc(scores, labels), 12);
    }
  });

  it('is undefined (null) with a single class, and refuses mismatched lengths', () => {
    expect(rocAuc([0.1, 0.2], [1, 1])).toBeNull();
    expect(rocAuc([], [])).toBeNull();
    expect(() => rocAuc([0.1], [])).toThrow();
  });
});
