import { describe, expect, it } from 'vitest';
import type { PredictionRow } from './features';
import { fitSuccessModel, predictProbability, type TrainingExample } from './train-model';

const base: PredictionRow = {
  matchScore: 0.5,
  appliedAt: new Date('2026-03-03T14:30:00Z'),
  title: 'Data Engineer',
  companySize: '51-200',
  industry: 'Software',
  remoteType: 'remote',
  salaryAnnualUsd: 132_000,
  salaryMinAnnualUsd: 120_000,
};

describe('success model', () => {
  it('does not let a flag seen on three applications decide a prediction', () => {
    // 600 scored applications, interviews for the better matches; three unscored ones, all interviews.
    const examples: TrainingExample[] = Array.from({ length: 600 }, (_, i) => {
      const matchScore = (i % 100) / 100;
      return { row: { ...base, matchScore }, label: (i * 7919) % 100 < matchScore * 40 ? 1 : 0, group: `s${i}` };
    });
    for (let i = 0; i < 3; i++) examples.push({ row: { ...base, matchScore: null }, label: 1, group: `u${i}` });
    const model = fitSuccessModel(examples);
    const unscored = predictProbability(model, { ...base, matchScore: null });
    const average = examples.filter((e) => e.label === 1).length / examples.length;
    // As an average application, not a near-certain interview.
    expect(unscored).toBeLessThan(average * 2);
    expect(predictProbability(model, { ...base, matchScore: 0.95 })).toBeGreaterThan(
      predictProbability(model, { ...base, matchScore: 0.05 }),
    );
  });
});
