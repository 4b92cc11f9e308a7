/**
 * What a seeker's stored matches were computed from: a digest of everything scoring reads of the
 * profile (skills, roles, education, preferences, inferred and confirmed occupations). Stored with
 * each score, it tells `matching.forMe` whether the stored list still describes this profile: any
 * edit changes it, and the list is computed live until the profile workflow has rescored.
 *
 * Left out: the years of experience, which a current role lengthens every day (the roles they are
 * counted from are in); a stored list is never stale only because a day has passed.
 */
import { createHash } from 'node:crypto';
import type { ProfileForMatching } from './types';

/**
 * Raised when scoring itself changes, so lists stored by the previous formula stop being served
 * (forMe computes live until the workflows rescore). 2: the level a job title states (seniority.ts).
 * 3: the experience line names roles not counted for want of full dates. 4: a product meets the
 * kind of tool a posting asks for (AutoCAD meets "CAD"; scoring/implied-skills.ts).
 */
export const SCORING_VERSION = 4;

export function matchBasis(profile: ProfileForMatching): string {
  const { yearsOfExperience: _years, ...scored } = profile;
  return createHash('sha256')
    .update(JSON.stringify({ v: SCORING_VERSION, ...scored }))
    .digest('base64url')
    .slice(0, 22);
}
