import { describe, expect, it } from 'vitest';
import type { OccupationGuess } from '../types';
import { occupationTitle, relatedOccupations, relatednessTier } from './catalog';
import { RELATEDNESS_WEIGHTS, occupationSimilarity, relatedness } from './occupation-similarity';

const guess = (code: string, confidence: number): OccupationGuess => ({
  code,
  title: occupationTitle(code) ?? code,
  confidence,
});
const DEV = '15-1252.00';
const PROGRAMMER = '15-1251.00'; // primary-short related to Software Developers
const NURSE = '29-1141.00';

describe('catalog', () => {
  it('gives titles and both-way relatedness tiers', () => {
    expect(occupationTitle(DEV)).toBe('Software Developers');
    expect(occupationTitle('99-9999.99')).toBeNull();
    expect(relatednessTier(DEV, PROGRAMMER)).toBe('primary-short');
    expect(relatednessTier(PROGRAMMER, DEV)).not.toBeNull();
    expect(relatednessTier(DEV, NURSE)).toBeNull();
  });

  it('lists related occupations closest tier first', () => {
    const related = relatedOccupations(DEV);
    expect(related.length).toBeGreaterThanOrEqual(20);
    expect(related[0]?.tier).toBe('primary-short');
    expect(related.map((r) => r.code)).toContain(PROGRAMMER);
    const ranks = related.map((r) => ['primary-short', 'primary-long', 'supplemental'].indexOf(r.tier));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(relatedOccupations('99-9999.99')).toEqual([]);
  });
});

describe('occupationSimilarity', () => {
  it('scores the same occupation 1, related by tier weight, unrelated 0', () => {
    expect(occupationSimilarity([guess(DEV, 0.9)], [guess(DEV, 0.6)])).toMatchObject({ score: 1, relation: 'same' });
    expect(occupationSimilarity([guess(DEV, 1)], [guess(PROGRAMMER, 1)])).toMatchObject({
      score: RELATEDNESS_WEIGHTS['primary-short'],
      relation: 'related',
    });
    expect(occupationSimilarity([guess(DEV, 1)], [guess(NURSE, 1)])).toMatchObject({ score: 0, relation: 'unrelated' });
  });

  it('weights pairs by confidence', () => {
    const profile = [guess(DEV, 0.6), guess(NURSE, 0.2)];
    const s = occupationSimilarity(profile, [guess(NURSE, 0.5)]);
    expect(s.score).toBeCloseTo(0.2 / 0.8, 12);
    expect(s).toMatchObject({ relation: 'same', job: { code: NURSE }, profile: { code: NURSE } });
    // More confidence in the matching guess, higher score.
    expect(occupationSimilarity([guess(DEV, 0.2), guess(NURSE, 0.6)], [guess(NURSE, 0.5)]).score).toBeGreaterThan(
      s.score,
    );
  });

  it('is unknown when either side has no guess', () => {
    expect(occupationSimilarity([], [guess(DEV, 1)])).toEqual({
      score: 0,
      relation: 'unknown',
      job: guess(DEV, 1),
      profile: null,
    });
    expect(occupationSimilarity([guess(DEV, 1)], []).relation).toBe('unknown');
  });

  it('stays in [0, 1] and is symmetric in its arguments', () => {
    const a = [guess(DEV, 0.5), guess(PROGRAMMER, 0.3), guess(NURSE, 0.1)];
    const b = [guess(PROGRAMMER, 0.7), guess('15-1253.00', 0.2)];
    const ab = occupationSimilarity(a, b).score;
    expect(ab).toBeGreaterThan(0);
    expect(ab).toBeLessThanOrEqual(1);
    expect(occupationSimilarity(b, a).score).toBeCloseTo(ab, 12);
    expect(relatedness(DEV, DEV)).toBe(1);
  });
});
