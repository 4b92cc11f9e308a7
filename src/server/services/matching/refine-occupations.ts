/**
 * Refines a seeker's occupations with the jobs nearest their profile
 * (occupations/neighbour-vote.ts): the profile's own reading ranks the open jobs, the best ten
 * vote, the vote (blended with the own reading as far as that reading is sure) ranks them again
 * and the best ten vote once more (NEIGHBOUR_VOTE.rounds). The last blend is stored beside the
 * own reading, and every match reads it in its place (matches, the job page, a recruiter's
 * applicants); the profile page keeps showing the own reading, for the seeker to confirm. Run by
 * the profile workflow after the profile is embedded, and by the backfill once jobs are prepared.
 *
 * Always starts from the profile's own reading, never from a stored vote, so running it twice
 * gives the same result for the same jobs. Occupations the seeker confirmed are left alone, and so
 * is the own reading when there is nothing to vote with (no profile vector, the index down, no
 * jobs). A profile with no reading of its own (skills alone) still gets one: its nearest jobs vote.
 *
 * The ranking takes a while, and the seeker may edit their profile or confirm occupations
 * meanwhile: the vote is stored only while the stored own reading is still the one it started
 * from (storeRefinedOccupations), so a late run never overrides a newer state.
 */
import { loadProfileForMatching, profileOccupationInput } from './load-match-inputs';
import { CANDIDATES, OCCUPATION_CANDIDATES, isEmptyProfile } from './matches-for-user';
import type { MatchingContext } from './matching-context';
import { inferProfileOccupations } from './occupations/infer-profile-occupations';
import { NEIGHBOUR_VOTE, blendWithOwn, neighbourVote } from './occupations/neighbour-vote';
import { voteCandidates } from './vote-candidates';
import { STORED_OCCUPATIONS, clearRefinedOccupations, storeRefinedOccupations } from './refresh-occupations';
import type { OccupationGuess, ProfileForMatching } from './types';

export type Refinement = { refined: true; occupations: OccupationGuess[] } | { refined: false; reason: string };

/** The vote after every round, or null when the jobs cannot vote (no vector, index down, no jobs). */
async function vote(
  mc: MatchingContext,
  profile: ProfileForMatching,
  own: OccupationGuess[],
): Promise<OccupationGuess[] | 'degraded' | null> {
  // Every open job the ranking would consider, whatever the seeker's preferences: the vote is
  // about what their work is, not where or for how much they want it.
  const candidates = await voteCandidates(mc, profile, CANDIDATES, OCCUPATION_CANDIDATES);
  if (!candidates) return 'degraded';
  let occupations = own;
  for (let round = 0; round < NEIGHBOUR_VOTE.rounds; round++) {
    const votes = neighbourVote(await candidates.scored(occupations));
    if (votes.length === 0) break;
    occupations = blendWithOwn(own, votes);
  }
  return occupations === own ? null : occupations;
}

export async function refineProfileOccupations(mc: MatchingContext, userId: string): Promise<Refinement> {
  const profile = await loadProfileForMatching(mc.db, userId);
  if (profile.targetOccupations.length > 0) {
    // A run that started before the seeker confirmed cannot have stored a vote (the own reading
    // it started from is gone), but an older row may carry one: confirmed occupations win.
    await clearRefinedOccupations(mc.db, userId);
    return { refined: false, reason: 'confirmed by the seeker' };
  }
  if (isEmptyProfile(profile)) return { refined: false, reason: 'empty profile' };
  const own = inferProfileOccupations(profileOccupationInput(profile), STORED_OCCUPATIONS);
  const refined = await vote(mc, profile, own);
  if (refined === 'degraded')
    return { refined: false, reason: 'no profile vector, or the vector index is unavailable' };
  if (refined === null) return { refined: false, reason: 'no job to vote' };
  const stored = await storeRefinedOccupations(mc.db, userId, own, refined);
  return stored ? { refined: true, occupations: stored } : { refined: false, reason: 'the profile changed meanwhile' };
}
