import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cosine, dot, norm, normalize } from './sparse-vector';

const vector = fc
  .array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e'), fc.double({ min: 0, max: 10, noNaN: true })))
  .map((pairs) => new Map(pairs));

describe('sparse vectors', () => {
  it('computes dot products and cosines by shared keys', () => {
    const a = new Map([
      ['x', 1],
      ['y', 2],
    ]);
    const b = new Map([
      ['y', 3],
      ['z', 4],
    ]);
    expect(dot(a, b)).toBe(6);
    expect(cosine(a, b)).toBeCloseTo(6 / (Math.sqrt(5) * 5), 12);
    expect(cosine(a, new Map())).toBe(0);
  });

  it('normalizes to unit length without touching the input', () => {
    const a = new Map([
      ['x', 3],
      ['y', 4],
    ]);
    expect(normalize(a)).toEqual(
      new Map([
        ['x', 0.6],
        ['y', 0.8],
      ]),
    );
    expect(a.get('x')).toBe(3);
    expect(normalize(new Map()).size).toBe(0);
  });

  it('cosine of non-negative vectors is symmetric and within [0, 1]', () => {
    fc.assert(
      fc.property(vector, vector, (a, b) => {
        const c = cosine(a, b);
        expect(c).toBeGreaterThanOrEqual(0);
        expect(c).toBeLessThanOrEqual(1 + 1e-12);
        expect(c).toBeCloseTo(cosine(b, a), 12);
        if (norm(a) > 0) expect(cosine(a, a)).toBeCloseTo(1, 9);
      }),
    );
  });
});
