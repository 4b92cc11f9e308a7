import { describe, expect, it } from 'vitest';
import { createRng, deriveSeed, weightedPicker } from './random';

const draw = (seed: number, n: number) => {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => rng.next());
};

describe('createRng', () => {
  it('repeats the same sequence for the same seed', () => {
    expect(draw(123, 50)).toEqual(draw(123, 50));
    expect(draw(123, 50)).not.toEqual(draw(124, 50));
  });

  it('stays in range', () => {
    const rng = createRng(1);
    for (let i = 0; i < 10_000; i++) {
      const x = rng.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      const n = rng.int(3, 8);
      expect(Number.isInteger(n) && n >= 3 && n <= 8).toBe(true);
    }
  });

  it('shuffles into a permutation without touching the input', () => {
    const input = Object.freeze([1, 2, 3, 4, 5, 6, 7, 8]);
    const out = createRng(9).shuffle(input);
    expect([...out].sort()).toEqual([...input]);
    expect(createRng(9).sample(input, 3)).toEqual(out.slice(0, 3));
  });

  it('never picks a zero weight, and roughly follows the weights', () => {
    const rng = createRng(5);
    const counts = { a: 0, b: 0, never: 0 };
    for (let i = 0; i < 20_000; i++) counts[rng.weighted({ a: 3, b: 1, never: 0 })]++;
    expect(counts.never).toBe(0);
    expect(counts.a / counts.b).toBeGreaterThan(2.6);
    expect(counts.a / counts.b).toBeLessThan(3.4);
  });

  it('throws on an empty pick', () => {
    expect(() => createRng(1).pick([])).toThrow();
  });
});

describe('deriveSeed', () => {
  it('gives distinct, stable seeds per stream and index', () => {
    const seeds = new Set<number>();
    for (let i = 0; i < 1000; i++) seeds.add(deriveSeed(42, 2, i));
    expect(seeds.size).toBe(1000);
    expect(deriveSeed(42, 2, 7)).toBe(deriveSeed(42, 2, 7));
    expect(deriveSeed(42, 1, 7)).not.toBe(deriveSeed(42, 2, 7));
  });
});

describe('weightedPicker', () => {
  it('skips zero weights and covers the rest', () => {
    const pick = weightedPicker(['x', 'y', 'z'], (s) => (s === 'y' ? 0 : 1));
    const rng = createRng(3);
    const seen = new Set(Array.from({ length: 500 }, () => pick(rng)));
    expect([...seen].sort()).toEqual(['x', 'z']);
  });
});
