import { describe, expect, it } from 'vitest';
import { buildFeatureSpec, encodeFeatures, salaryRatio, type PredictionRow } from './features';

const row = (over: Partial<PredictionRow> = {}): PredictionRow => ({
  matchScore: 0.8,
  // 2026-03-03 was a Tuesday; 14:30 UTC.
  appliedAt: new Date('2026-03-03T14:30:00Z'),
  title: 'Data Engineer',
  companySize: '51-200',
  industry: 'Software',
  remoteType: 'remote',
  salaryAnnualUsd: 132_000,
  salaryMinAnnualUsd: 120_000,
  ...over,
});

describe('feature encoding', () => {
  const training = [
    ...Array.from({ length: 3 }, () => row()),
    row({ industry: 'Healthcare', matchScore: null, salaryAnnualUsd: null }),
    row({ matchScore: 0.5 }),
  ];
  const spec = buildFeatureSpec(training, 3);
  // Every column, however rare: for the encoding itself.
  const all = buildFeatureSpec(training, 0);

  it('gives common industries a column and folds rare ones into "other"', () => {
    expect(spec.industries).toEqual(['Software']);
    const names = spec.columns.map((c) => c.name);
    expect(names).toContain('industry=Software');
    expect(names).not.toContain('industry=Healthcare');
    // "other" holds one row here, so it is too rare for a column of its own as well.
    expect(names).not.toContain('industry=other');
    const rare = ['Mining', 'Retail', 'Energy'].map((industry) => row({ industry }));
    expect(buildFeatureSpec([...training, ...rare], 3).columns.map((c) => c.name)).toContain('industry=other');
  });

  it('imputes missing values with the training mean and flags them', () => {
    // match scores 0.8, 0.8, 0.8, 0.5 -> mean 0.725
    expect(spec.matchImpute).toBeCloseTo(0.725, 10);
    const encoded = encodeFeatures(all, row({ matchScore: null, salaryAnnualUsd: null }));
    const at = (name: string) => encoded[all.columns.findIndex((c) => c.name === name)];
    expect(at('match_score')).toBeCloseTo(0.725, 10);
    expect(at('match_unscored')).toBe(1);
    expect(at('salary=unknown')).toBe(1);
    expect(at('salary=meets')).toBe(0);
  });

  it('encodes every feature of a row: numbers as-is, categories one-hot', () => {
    const encoded = encodeFeatures(all, row({ industry: 'Healthcare' }));
    const byName = Object.fromEntries(all.columns.map((c, i) => [c.name, encoded[i]]));
    expect(byName).toMatchObject({
      match_score: 0.8,
      match_unscored: 0,
      'day=tue': 1,
      'day=mon': 0,
      hour: 14,
      title_length: 13,
      'size=51-200': 1,
      'size=unknown': 0,
      'industry=Software': 0,
      'industry=Healthcare': 1,
      'remote=remote': 1,
      'remote=onsite': 0,
      'salary=meets': 1,
      'salary=unknown': 0,
    });
    // exactly one column set in each one-hot group
    for (const group of ['day_of_week', 'company_size', 'industry', 'remote_type', 'salary'] as const) {
      const ones = all.columns.filter((c, i) => c.group === group && encoded[i] === 1);
      expect(ones, group).toHaveLength(1);
    }
  });

  it('puts the salary in a band against the minimum: below, meets (up to 1.5 times), well above', () => {
    const band = (salaryAnnualUsd: number) => {
      const encoded = encodeFeatures(all, row({ salaryAnnualUsd }));
      return all.columns.find((c, i) => c.group === 'salary' && encoded[i] === 1)?.name;
    };
    expect([42_000, 119_999, 120_000, 179_999, 180_000, 900_000].map(band)).toEqual([
      'salary=below',
      'salary=below',
      'salary=meets',
      'salary=meets',
      'salary=above',
      'salary=above',
    ]);
  });

  it('gives no column to a category or flag seen in fewer rows than the minimum', () => {
    // One unscored job among five: its weight would rest on one outcome, and standardized, a rare
    // flag is huge (a saved job without a stored score had read as a 98% chance of an interview).
    const names = spec.columns.map((c) => c.name);
    expect(names).not.toContain('match_unscored');
    expect(names).not.toContain('salary=unknown');
    expect(names).not.toContain('day=mon');
    expect(names).toEqual(expect.arrayContaining(['match_score', 'hour', 'title_length', 'day=tue', 'salary=meets']));
    const unscored = [...training, ...Array.from({ length: 3 }, () => row({ matchScore: null }))];
    expect(buildFeatureSpec(unscored, 3).columns.map((c) => c.name)).toContain('match_unscored');
  });

  it('caps the salary ratio and ignores a missing or zero expectation', () => {
    expect(salaryRatio({ salaryAnnualUsd: 500_000, salaryMinAnnualUsd: 100_000 })).toBe(3);
    expect(salaryRatio({ salaryAnnualUsd: 90_000, salaryMinAnnualUsd: 0 })).toBeNull();
    expect(salaryRatio({ salaryAnnualUsd: 90_000, salaryMinAnnualUsd: null })).toBeNull();
  });
});
