import { describe, expect, it } from 'vitest';
import { occupationTitle } from './occupations/catalog';
import { SEMANTIC_MIX, semanticSimilarity, stretchedCosine } from './semantic';
import type { OccupationGuess } from './types';

const guess = (code: string, confidence = 1): OccupationGuess => ({
  code,
  title: occupationTitle(code) ?? code,
  confidence,
});
const unit = (...xs: number[]) => {
  const n = Math.hypot(...xs);
  return xs.map((x) => x / n);
};
const DEV = [guess('15-1252.00')];
const NURSE = [guess('29-1141.00')];

describe('semanticSimilarity', () => {
  it('stretches the cosine between floor and ceiling onto [0, 1]', () => {
    expect(stretchedCosine([1, 0], [1, 0])).toBe(1);
    expect(stretchedCosine([1, 0], [0, 1])).toBe(0);
    expect(stretchedCosine([1, 0], [-1, 0])).toBe(0);
    const mid = (SEMANTIC_MIX.cosineFloor + SEMANTIC_MIX.cosineCeiling) / 2;
    expect(stretchedCosine([1, 0], [mid, Math.sqrt(1 - mid * mid)])).toBeCloseTo(0.5, 9);
  });

  it('mixes occupation similarity, the stretched cosine and the lexical share', () => {
    const v = unit(1, 0, 0);
    const { occupation, embedding, lexical, lexicalCeiling } = SEMANTIC_MIX;
    expect(occupation + embedding + lexical).toBeCloseTo(1, 12);
    expect(semanticSimilarity(v, v, DEV, DEV, lexicalCeiling)).toBeCloseTo(1, 12);
    expect(semanticSimilarity(v, v, DEV, DEV)).toBeCloseTo(occupation + embedding, 12);
    expect(semanticSimilarity(v, unit(0, 1, 0), DEV, DEV)).toBeCloseTo(occupation, 12);
    expect(semanticSimilarity(v, v, DEV, NURSE)).toBeCloseTo(embedding, 12);
    // Lexical scores are stretched onto [0, 1] by the ceiling and capped there.
    expect(semanticSimilarity(v, unit(0, 1, 0), DEV, NURSE, lexicalCeiling / 2)).toBeCloseTo(lexical / 2, 12);
    expect(semanticSimilarity(v, unit(0, 1, 0), DEV, NURSE, 5)).toBeCloseTo(lexical, 12);
  });

  it('shares the occupation weight between cosine and words when an occupation is unknown', () => {
    const v = unit(1, 2, 3);
    const { embedding, lexical, lexicalCeiling } = SEMANTIC_MIX;
    expect(semanticSimilarity(v, v, [], NURSE, lexicalCeiling)).toBeCloseTo(1, 12);
    expect(semanticSimilarity(v, v, [], NURSE)).toBeCloseTo(embedding / (embedding + lexical), 12);
    expect(semanticSimilarity(v, unit(3, -2, 0), DEV, [])).toBe(0);
  });

  it('ranks a same-occupation job above a related one above an unrelated one at equal cosine', () => {
    const v = unit(1, 1, 0);
    const w = unit(1, 0.4, 0.2);
    const same = semanticSimilarity(v, w, DEV, DEV);
    const related = semanticSimilarity(v, w, DEV, [guess('15-1251.00')]);
    const unrelated = semanticSimilarity(v, w, DEV, NURSE);
    expect(same).toBeGreaterThan(related);
    expect(related).toBeGreaterThan(unrelated);
    for (const s of [same, related, unrelated]) expect(s).toBeGreaterThanOrEqual(0);
  });

  it('accepts stored number[] and Float32Array vectors, and refuses vectors of two models', () => {
    const v = unit(1, 2);
    expect(semanticSimilarity(Float32Array.from(v), v, DEV, DEV, 1)).toBeCloseTo(1, 6);
    expect(() => semanticSimilarity([1, 0], [1, 0, 0], DEV, DEV)).toThrow(/different dimensions/);
  });
});
