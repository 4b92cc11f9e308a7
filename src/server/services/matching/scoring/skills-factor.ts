/**
 * Skills factor, 0..1: how much of the job's required skill set the seeker brings.
 *
 *   credit(s)  = 0.6 + 0.4 x (proficiency/5 + min(years / refYears, 1)) / 2      in [0.6, 1]
 *                refYears = job.requiredYears when > 0, else 3
 *   M          = sum of credit(s) over the required skills the seeker has
 *   K          = number of required skills the seeker lacks
 *   skills     = M / (M + K)                     (no required skills: 0.5, neutral)
 *
 * Why a ratio and not the mean credit over the required skills: with a mean, a job adding a
 * required skill the seeker has at a low level (credit 0.64) would pull a perfect 1.0 down to
 * 0.82, i.e. having one more of the job's skills would lower the score. In M / (M + K) a held
 * skill only adds to M, so it can never lower the factor; learning a missing skill moves weight
 * from K to M; more proficiency or years raise M. Depth therefore matters against what is missing
 * ("3 of 4 at expert level" beats "3 of 4 as a beginner") and a full set scores 1 at any depth;
 * seniority as such is the experience factor's job.
 *
 * The 0.6 floor says listing a skill is most of the signal; proficiency and years refine it.
 * Each required skill weighs the same: the job model has no per-skill importance, and the order of
 * extracted skills is their order in the text, not a priority.
 *
 * A job with no required skills scores 0.5, not 1: the posting tells us nothing, and a free 1.0
 * would rank vague postings level with ones the seeker fully matches.
 */
import type { JobForMatching } from '../types';
import { nonNegative, type HeldSkill, type SkillRef } from './skill-sets';

export const SKILL_CREDIT_FLOOR = 0.6;
/** Years of use treated as "enough" when the job states no experience requirement. */
export const DEFAULT_SKILL_YEARS = 3;
export const NO_REQUIRED_SKILLS_SCORE = 0.5;

export function skillCredit(
  skill: Pick<HeldSkill, 'proficiencyLevel' | 'yearsOfExperience'>,
  refYears: number,
): number {
  const proficiency = Math.min(nonNegative(skill.proficiencyLevel), 5) / 5;
  const reference = nonNegative(refYears) > 0 ? refYears : DEFAULT_SKILL_YEARS;
  const depth = Math.min(nonNegative(skill.yearsOfExperience) / reference, 1);
  return SKILL_CREDIT_FLOOR + (1 - SKILL_CREDIT_FLOOR) * ((proficiency + depth) / 2);
}

export interface SkillsFactor {
  score: number;
  matched: SkillRef[];
  missing: SkillRef[];
  summary: string;
}

function summarize(matched: number, total: number, missing: SkillRef[]): string {
  if (total === 0) return 'The job lists no required skills, so skills count as neutral';
  if (total === 1)
    return matched === 1 ? 'You have the one required skill' : `You lack the one required skill, ${missing[0]?.name}`;
  if (matched === total) return `You have all ${total} required skills`;
  if (matched === 0) return `You have none of the ${total} required skills`;
  return `You have ${matched} of the ${total} required skills`;
}

export function skillsFactor(
  required: SkillRef[],
  held: ReadonlyMap<string, HeldSkill>,
  job: Pick<JobForMatching, 'requiredYears'>,
): SkillsFactor {
  const matched: SkillRef[] = [];
  const missing: SkillRef[] = [];
  let credited = 0;
  for (const skill of required) {
    const mine = held.get(skill.key);
    if (mine) {
      matched.push(skill);
      credited += skillCredit(mine, job.requiredYears);
    } else missing.push(skill);
  }
  const score = required.length === 0 ? NO_REQUIRED_SKILLS_SCORE : credited / (credited + missing.length);
  return { score, matched, missing, summary: summarize(matched.length, required.length, missing) };
}
