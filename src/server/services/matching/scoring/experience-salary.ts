/**
 * Experience and salary factors, 0..1 each.
 *
 *   experience = min(userYears / requiredYears, 1); requiredYears <= 0 -> 1 (nothing to fall short of)
 *   salary     = 1 when the seeker gave no expectation, or 0 ('no-preference')
 *                0.5 when the job's salary is unknown ('unknown': neither a promise nor a warning)
 *                1 when job >= expected ('meets')
 *                (job / expected - 0.7) / 0.3, clamped to [0, 1], when below ('below'):
 *                falls linearly to 0 at 70% of the expectation, since an offer 30% under what
 *                someone asked for is rarely taken, while 5% under is often negotiable.
 * The seeker having no expectation wins over an unknown job salary: nothing can disappoint them.
 */
import type { JobForMatching, MatchExplanation, ProfileForMatching } from '../types';
import { nonNegative } from './skill-sets';

export const UNKNOWN_SALARY_SCORE = 0.5;
/** Share of the expectation at which the salary factor reaches 0. */
export const SALARY_FLOOR_RATIO = 0.7;

const oneDecimal = (n: number) => Math.round(n * 10) / 10;
export const formatYears = (n: number) => {
  const y = oneDecimal(n);
  return `${y} ${y === 1 ? 'year' : 'years'}`;
};
const usd = (n: number) => `$${Math.round(n).toLocaleString('en-US')}`;

export interface ExperienceFactor {
  score: number;
  gap: MatchExplanation['experienceGap'];
  summary: string;
}

export function experienceFactor(profile: ProfileForMatching, job: JobForMatching): ExperienceFactor {
  const userYears = nonNegative(profile.yearsOfExperience);
  const requiredYears = nonNegative(job.requiredYears);
  const score = requiredYears === 0 ? 1 : Math.min(userYears / requiredYears, 1);
  const summary =
    requiredYears === 0
      ? `No minimum experience is stated; you have ${formatYears(userYears)}`
      : `Needs ${formatYears(requiredYears)}; you have ${oneDecimal(userYears)}`;
  return { score, gap: { requiredYears, userYears, gapYears: Math.max(0, requiredYears - userYears) }, summary };
}

export interface SalaryFactor {
  score: number;
  detail: MatchExplanation['salary'];
  summary: string;
}

export function salaryFactor(profile: ProfileForMatching, job: JobForMatching): SalaryFactor {
  const expected = nonNegative(profile.preferences.salaryMinAnnualUsd ?? 0) || null;
  const offered = job.salaryAnnualUsd !== null && Number.isFinite(job.salaryAnnualUsd) ? job.salaryAnnualUsd : null;
  const detail = (fit: MatchExplanation['salary']['fit']) => ({
    fit,
    jobAnnualUsd: offered,
    expectedAnnualUsd: expected,
  });
  if (expected === null) {
    return { score: 1, detail: detail('no-preference'), summary: 'You have not set a salary expectation' };
  }
  if (offered === null) {
    return { score: UNKNOWN_SALARY_SCORE, detail: detail('unknown'), summary: 'The job does not state a salary' };
  }
  if (offered >= expected) {
    return { score: 1, detail: detail('meets'), summary: `Pays about ${usd(offered)}, meeting your ${usd(expected)}` };
  }
  const score = Math.min(1, Math.max(0, (offered / expected - SALARY_FLOOR_RATIO) / (1 - SALARY_FLOOR_RATIO)));
  const pct = Math.round((1 - offered / expected) * 100);
  const gap = pct >= 1 ? `${pct}% below` : 'just below';
  return { score, detail: detail('below'), summary: `Pays about ${usd(offered)}, ${gap} your ${usd(expected)}` };
}
