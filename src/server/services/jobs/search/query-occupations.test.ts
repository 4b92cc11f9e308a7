import { describe, expect, it } from 'vitest';
import { queryOccupations } from './query-occupations';

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
});
