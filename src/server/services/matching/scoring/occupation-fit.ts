/**
 * How the seeker's most likely occupation relates to the job's: shown beside the score, not part
 * of it (the semantic factor already rewards similar work).
 *
 *   unknown    either side has no inferred occupation
 *   same       the same O*NET-SOC code
 *   related    the caller's `related(profileCode, jobCode)` says so (e.g. O*NET related occupations);
 *              without a callback, the same SOC broad occupation ("15-125x": software developers,
 *              programmers, QA and web developers), which needs no data to know
 *   unrelated  otherwise
 */
import type { MatchExplanation, OccupationGuess } from '../types';

export type RelatedOccupations = (profileCode: string, jobCode: string) => boolean;

/** "15-1252.00" -> "15-125": the SOC broad occupation; null when the code is not SOC-shaped. */
export function socBroadGroup(code: string): string | null {
  return /^\d{2}-\d{4}/.test(code) ? code.slice(0, 6) : null;
}

const sameBroadGroup: RelatedOccupations = (a, b) => {
  const group = socBroadGroup(a);
  return group !== null && group === socBroadGroup(b);
};

export function occupationFit(
  profileOccupations: readonly OccupationGuess[],
  jobOccupations: readonly OccupationGuess[],
  related: RelatedOccupations = sameBroadGroup,
): MatchExplanation['occupationFit'] {
  const profile = profileOccupations[0] ?? null;
  const job = jobOccupations[0] ?? null;
  if (!profile || !job) return { job, profile, relation: 'unknown' };
  if (profile.code === job.code) return { job, profile, relation: 'same' };
  return { job, profile, relation: related(profile.code, job.code) ? 'related' : 'unrelated' };
}
