import { describe, expect, it } from 'vitest';
import { roundedParts } from './rounded-parts';

describe('roundedParts', () => {
  it('rounds each part to a whole number and keeps the rounded total', () => {
    // Each part rounded alone gives 10 + 10 + 10 = 30, while the total reads 31.
    const parts = roundedParts([10.4, 10.4, 10.4]);
    expect(parts).toEqual([11, 10, 10]);
    expect(roundedParts([23.6, 12.6, 5.4, 3.4])).toEqual([24, 13, 5, 3]);
  });

  it('leaves whole numbers alone and treats a bad number as 0', () => {
    expect(roundedParts([10, 20, 0])).toEqual([10, 20, 0]);
    expect(roundedParts([Number.NaN, 2.2])).toEqual([0, 2]);
  });
});
