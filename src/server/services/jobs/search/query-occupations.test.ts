import { describe, expect, it } from 'vitest';
import { boostWeights, queryOccupations } from './query-occupations';

describe('queryOccupations', () => {
  it('reads a job title as its O*NET occupations, most likely first', () => {
    expect(queryOccupations('software engineer')[0]?.code).toBe('15-1252.00');
    expect(queryOccupations('welder')[0]?.code).toBe('51-4121.00');
  });

  it('ignores websearch operators and reads nothing from words that name no work', () => {
    expect(queryOccupations('"software engineer" -senior OR')[0]?.code).toBe('15-1252.00');
    expect(queryOccupations('senior')).toEqual([]);
    expect(queryOccupations('remote -onsite')).toEqual([]);
  });

  it('keeps only readings of some confidence, as weights in (0, 1]', () => {
    for (const q of ['nurse', 'marketing manager', 'kubernetes', 'data scientist']) {
      for (const r of queryOccupations(q)) expect(r.weight, q).toBeGreaterThanOrEqual(0.1);
    }
    expect(queryOccupations('kubernetes')).toEqual([]);
  });

  it('weighs closely related occupations below the one read, and loose links not at all', () => {
    const w = boostWeights([{ code: '15-1252.00', weight: 0.8 }]);
    expect(w['15-1252.00']).toBe(0.8);
    expect(w['15-1254.00']).toBe(0.48); // Web Developers: primary-short, 0.8 x 0.6
    expect(w['15-1299.05']).toBe(0.32); // Information Security Engineers: primary-long, 0.8 x 0.4
    expect(w['13-1151.00']).toBeUndefined(); // Training and Development Specialists: supplemental
    expect(w['39-9011.00']).toBeUndefined(); // Childcare Workers: unrelated
    // Two readings: each code keeps its highest weight, the one read stays above its relatives.
    const two = boostWeights([
      { code: '15-1252.00', weight: 0.5 },
      { code: '15-1254.00', weight: 0.3 },
    ]);
    expect(two['15-1254.00']).toBe(0.3);
    expect(two['15-1252.00']).toBe(0.5);
  });
});
