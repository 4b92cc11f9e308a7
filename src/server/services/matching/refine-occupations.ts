/**
 * Refines a seeker's stored occupations with the jobs nearest their profile
 * (occupations/neighbour-vote.ts): the profile's own guess ranks the open jobs, the best ten
 * vote, the vote (blended with the own guess as far as that guess is sure) ranks them again and
 * the best ten vote once more (NEIGHBOUR_VOTE.rounds); the last blend is stored as the
 * occupations every match reads (matches, the job page, a recruiter's
 * applicants). Run by the profile workflow after the profile is embedded, and by
 * the backfill once jobs have been prepared.
 *
 * Always starts from the profile's own guess, never from a stored vote, so running it twice
 * gives the same result for the same jobs. Occupations the seeker confirmed are left alone, and so
 * is the own guess when there is nothing to vote with (no embedding, the index down, no jobs). A
 * profile with no guess of its own (skills alone) still gets one: its nearest jobs vote.
 */
import { loadProfileForMatching, profileOccupationInput } from './load-match-inputs';
import { CANDIDATES, OCCUPATION_CANDIDATES, isEmptyProfile, rankJobsForUser } from './matches-for-user';
import type { MatchingContext } from './matching-context';
import { inferProfileOccupations } from './occupations/infer-profile-occupations';
import { NEIGHBOUR_VOTE, blendWithOwn, neighbourVote } from './occupations/neighbour-vote';
import { STORED_OCCUPATIONS, storeProfileOccupations } from './refresh-occupations';
import type { OccupationGuess } from './types';

export type Refinement = { refined: true; occupations: OccupationGuess[] } | { refined: false; reason: string };

export async function refineProfileOccupations(mc: MatchingContext, userId: string): Promise<Refinement> {
  const profile = await loadProfileForMatching(mc.db, userId);
  if (profile.targetOccupations.length > 0) return { refined: false, reason: 'confirmed by the seeker' };
  if (isEmptyProfile(profile)) return { refined: false, reason: 'empty profile' };
  const own = inferProfileOccupations(profileOccupationInput(profile), STORED_OCCUPATIONS);
  let occupations = own;
  for (let round = 0; round < NEIGHBOUR_VOTE.rounds; round++) {
    // Every open job the ranking would consider, whatever the seeker's preferences: the vote is
    // about what their work is, not where or for how much they want it.
    const { ranked, degraded } = await rankJobsForUser(
      mc,
      { ...profile, occupations },
      {},
      CANDIDATES + OCCUPATION_CANDIDATES,
    );
    if (degraded) return { refined: false, reason: 'vector index unavailable' };
    const vote = neighbourVote(
      ranked.flatMap((r) =>
        r.match.semantic === null ? [] : [{ score: r.match.semantic, occupations: r.job.occupations }],
      ),
    );
    if (vote.length === 0) break;
    occupations = blendWithOwn(own, vote);
  }
  if (occupations === own) return { refined: false, reason: 'no job to vote' };
  return { refined: true, occupations: await storeProfileOccupations(mc.db, userId, own, occupations) };
}
