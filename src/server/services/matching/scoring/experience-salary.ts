/**
 * Experience and salary factors, 0..1 each.
 *
 *   experience = min(userYears / requiredYears, 1); requiredYears <= 0 -> 1 (nothing to fall short of),
 *                or the usual minimum of a senior or lead title; falling for a seeker far past an
 *                intern's or junior's role (seniority.ts);
 *                UNKNOWN_EXPERIENCE_SCORE for every job when the seeker's roles carry no dates
 *                (unknown is not zero, and says nothing to rank jobs by)
 *   salary     = 1 when the seeker gave no expectation, or 0 ('no-preference')
 *                0.5 when the job's salary is unknown ('unknown': neither a promise nor a warning)
 *                1 when job >= expected ('meets')
 *                (job / expected - 0.7) / 0.3, clamped to [0, 1], when below ('below'):
 *                falls linearly to 0 at 70% of the expectation, since an offer 30% under what
 *                someone asked for is rarely taken, while 5% under is often negotiable.
 * The seeker having no expectation wins over an unknown job salary: nothing can disappoint them.
 *
 * Band cap (salaryBandCap): the salary weighs 4% of the composite, so a job paying half the floor
 * could still reach Strong on skills alone. Strong reads as "apply", so a job far below the floor
 * is capped instead, without touching the composite (the contributions still add up to it):
 *   job < 85% of the floor  -> at most Good: a 15% cut is past what negotiation usually closes
 *                              (5-10%), yet some seekers take it for the right role
 *   job < 70% of the floor  -> at most Fair: where the salary factor reaches 0, an offer rarely taken
 */
import type { JobForMatching, MatchBand, MatchExplanation, ProfileForMatching } from '../types';
import { rolesWithoutLength } from '@/server/services/profile/years-of-experience';
import { jobSeniority, overqualification, USUAL_MINIMUM } from './seniority';
import { nonNegative } from './skill-sets';

export const UNKNOWN_SALARY_SCORE = 0.5;
/** Roles without dates: neither a promise nor a warning, like an unknown salary. */
export const UNKNOWN_EXPERIENCE_SCORE = 0.5;
/** Share of the expectation at which the salary factor reaches 0. */
export const SALARY_FLOOR_RATIO = 0.7;
/** Below this share of the expectation a job is far below it: its band is capped at Good. */
export const FAR_BELOW_RATIO = 0.85;

/** The best band a job paying `ratio` of the seeker's floor may have; null: no cap. */
export function salaryBandCap(ratio: number): MatchBand | null {
  if (!(ratio < FAR_BELOW_RATIO)) return null;
  return ratio < SALARY_FLOOR_RATIO ? 'Fair' : 'Good';
}

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
  /** The best band the match may show (seniority.ts: far past a beginner's role); null: no cap. */
  bandCap: MatchBand | null;
}

export function experienceFactor(profile: ProfileForMatching, job: JobForMatching): ExperienceFactor {
  const userYears = nonNegative(profile.yearsOfExperience);
  const requiredYears = nonNegative(job.requiredYears);
  if (!profile.yearsOfExperienceKnown) {
    return {
      // The same for every job: a posting that states no minimum is no better a fit for someone
      // whose years are unknown (measured: scoring those 1 and the rest 0.5 sorted an imported
      // profile's matches by whether the posting states years, costing 2-4 % NDCG@10).
      score: UNKNOWN_EXPERIENCE_SCORE,
      gap: { requiredYears, userYears: 0, gapYears: 0, userYearsKnown: false },
      summary:
        requiredYears === 0
          ? 'No minimum experience is stated'
          : `Needs ${formatYears(requiredYears)}; add dates to your roles to compare`,
      bandCap: null,
    };
  }
  // The gap stays what the posting states (recruiters read it); the title only informs the score.
  const gap = { requiredYears, userYears, gapYears: Math.max(0, requiredYears - userYears), userYearsKnown: true };
  const level = jobSeniority(job.title, job.jobType);
  // "you have 2.1 years" for a profile one of whose roles has no dates read as the whole career.
  const uncounted = rolesWithoutLength(profile.experience);
  const years = `${formatYears(userYears)}${
    uncounted ? ` (not counting ${uncounted === 1 ? '1 role' : `${uncounted} roles`} without full dates)` : ''
  }`;
  const over = overqualification(level, userYears, years);
  if (over) return { score: over.score, gap, summary: over.summary, bandCap: over.bandCap };
  const usual = level ? USUAL_MINIMUM[level] : undefined;
  if (requiredYears === 0 && usual !== undefined) {
    return {
      score: Math.min(userYears / usual, 1),
      gap,
      summary: `A ${level} role, usually ${formatYears(usual)} or more; you have ${years}`,
      bandCap: null,
    };
  }
  const score = requiredYears === 0 ? 1 : Math.min(userYears / requiredYears, 1);
  const summary =
    requiredYears === 0
      ? `No minimum experience is stated; you have ${years}`
      : `Needs ${formatYears(requiredYears)}; you have ${years}`;
  return { score, gap, summary, bandCap: null };
}

export interface SalaryFactor {
  score: number;
  detail: MatchExplanation['salary'];
  summary: string;
  /** The best band the match may show (see salaryBandCap); null: no cap. */
  bandCap: MatchBand | null;
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
    return { score: 1, detail: detail('no-preference'), summary: 'You have not set a salary expectation', bandCap: null };
  }
  if (offered === null) {
    return { score: UNKNOWN_SALARY_SCORE, detail: detail('unknown'), summary: 'The job does not state a salary', bandCap: null };
  }
  if (offered >= expected) {
    const summary = `Pays about ${usd(offered)}, meeting your ${usd(expected)}`;
    return { score: 1, detail: detail('meets'), summary, bandCap: null };
  }
  const ratio = offered / expected;
  const score = Math.min(1, Math.max(0, (ratio - SALARY_FLOOR_RATIO) / (1 - SALARY_FLOOR_RATIO)));
  const pct = Math.round((1 - ratio) * 100);
  const gap = pct >= 1 ? `${pct}% below` : 'just below';
  const bandCap = salaryBandCap(ratio);
  const capped = bandCap ? `, so this match is rated ${bandCap} at most` : '';
  return {
    score,
    detail: detail('below'),
    summary: `Pays about ${usd(offered)}, ${gap} your ${usd(expected)}${capped}`,
    bandCap,
  };
}
