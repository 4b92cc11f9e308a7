import { describe, expect, it } from 'vitest';
import { factorPoints } from './factor-points';

describe('factorPoints', () => {
  it('adds up to the score printed beneath the factors', () => {
    const contributions = [0.384, 0.024, 0.064, 0, 0.024];
    const score = Math.round(contributions.reduce((a, b) => a + b, 0) * 100);
    const points = factorPoints(contributions);
    expect(points.reduce((a, b) => a + b, 0)).toBe(score);
    // Each within one point of its own value.
    points.forEach((p, i) => expect(Math.abs(p - (contributions[i] ?? 0) * 100)).toBeLessThan(1));
  });
});
