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
      // Includes subnormal-range weights (1e-162), where rounding once pushed the cosine past 1.
      fc.property(vector, vector, (a, b) => {
        const c = cosine(a, b);
        expect(c).toBeGreaterThanOrEqual(0);
        expect(c).toBeLessThanOrEqual(1);
        expect(c).toBeCloseTo(cosine(b, a), 12);
        if (norm(a) > 0) expect(cosine(a, a)).toBeCloseTo(1, 9);
      }),
    );
  });
});

describe('cosine at the edges of floating point', () => {
  it('stays within [0, 1] for the weights that once produced 1.0000000000010003', () => {
    const a = new Map([['c', 3.849931087080266e-162]]);
    const b = new Map([['c', 6.566632568918292e-128]]);
    expect(cosine(a, b)).toBe(1);
  });
});
