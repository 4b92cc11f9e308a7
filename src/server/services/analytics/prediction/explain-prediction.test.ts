import { describe, expect, it } from 'vitest';
import { explainPrediction } from './explain-prediction';
import { buildFeatureSpec, type PredictionRow } from './features';
import type { SuccessModel } from './train-model';

const row: PredictionRow = {
  matchScore: 0.8,
  appliedAt: new Date('2026-03-03T14:30:00Z'),
  title: 'Senior Data Engineer, Platform',
  companySize: '51-200',
  industry: 'Software',
  remoteType: 'remote',
  salaryAnnualUsd: 132_000,
  salaryMinAnnualUsd: 120_000,
};

/** A hand-made model: unit scaling, weight only where the test puts it. */
function modelWith(weights: Record<string, number>): SuccessModel {
  const spec = buildFeatureSpec([row], 0);
  return {
    spec,
    means: spec.columns.map(() => 0),
    stds: spec.columns.map(() => 1),
    weights: [...spec.columns.map((c) => weights[c.name] ?? 0), 0],
    auc: 0.7,
    trainAuc: 0.7,
    trainingSize: 100,
    holdoutSize: 20,
    positiveRate: 0.3,
    trainedAt: new Date('2026-03-01T00:00:00Z'),
  };
}

describe('prediction factors', () => {
  it('never names a factor the seeker cannot act on (the job title length), however large', () => {
    const factors = explainPrediction(modelWith({ title_length: -0.05, match_score: 1 }), row);
    expect(factors.map((f) => f.feature)).toEqual(['match']);
    expect(factors.map((f) => f.text).join(' ')).not.toMatch(/title/i);
  });

  it('speaks in interviews per 100 applications, not model points or raw scores', () => {
    const factors = explainPrediction(modelWith({ match_score: 1, hour: -0.02 }), row);
    const text = factors.map((f) => f.text).join(' ');
    expect(text).not.toMatch(/points|0\.80|AUC/);
    expect(factors.find((f) => f.feature === 'match')?.text).toMatch(
      /^Your 80% match with this job helps: about \d+ more interviews? per 100 applications\.$/,
    );
  });

  it('pairs a factor that works against the seeker with what they can do about it', () => {
    const factors = explainPrediction(modelWith({ hour: -0.6 }), row);
    expect(factors).toHaveLength(1);
    expect(factors[0]?.text).toMatch(
      /^Applying at 14:00 UTC works against you: about \d+ fewer interviews? per 100 applications\. Applying at another time of day may do better\.$/,
    );
  });

  it('names the salary band, so a pay far below the minimum never reads as a bare percentage that helps', () => {
    const low = { ...row, salaryAnnualUsd: 42_000 };
    const against = explainPrediction(modelWith({ 'salary=below': -0.8 }), low);
    expect(against[0]?.text).toMatch(/^A salary below your minimum \(35% of it\) lowers the odds: about \d+ fewer/);
    const well = explainPrediction(modelWith({ 'salary=above': 0.8 }), { ...row, salaryAnnualUsd: 200_000 });
    expect(well[0]?.text).toMatch(/^A salary well above your minimum \(167% of it\) helps/);
    const meets = explainPrediction(modelWith({ 'salary=meets': 0.8 }), row);
    expect(meets[0]?.text).toMatch(/^A salary that meets your minimum helps/);
  });

  it("words a trait of the job as the job's odds, not as something held against the seeker", () => {
    // "A salary well above your minimum (167% of it) works against you" read as a reproach.
    const well = explainPrediction(modelWith({ 'salary=above': -0.8 }), { ...row, salaryAnnualUsd: 200_000 });
    expect(well[0]?.text).toMatch(
      /^A salary well above your minimum \(167% of it\) lowers the odds: about \d+ fewer interviews? per 100 applications\.$/,
    );
  });

  it('never tells a seeker that pay below their minimum helps, and rounds a near miss down', () => {
    // Measured against an average application, "below" can come out ahead of a worse band the
    // model learned; that is no advice to give.
    const low = { ...row, salaryAnnualUsd: 42_000 };
    const factors = explainPrediction(modelWith({ 'salary=below': 0.8, match_score: 0.1 }), low);
    expect(factors.map((f) => f.feature)).toEqual(['match']);
    const nearly = explainPrediction(modelWith({ 'salary=below': -0.8 }), { ...row, salaryAnnualUsd: 119_600 });
    expect(nearly[0]?.text).toMatch(/^A salary below your minimum \(99% of it\)/);
  });
});
