/**
 * A seeker's occupations as the jobs nearest their profile read: each of the `neighbours` jobs
 * that score highest against the profile votes for its own occupations, weighted by its score and
 * its guess's confidence. Jobs carry their title, the strongest evidence of an occupation; a
 * profile often does not (a resume that never names its trade, a generic "Consultant"), and its
 * own text maps onto O*NET's wording poorly. The jobs most like the profile, found with that weak
 * guess, the embedding and the shared words, name the occupation better than the guess alone:
 * pseudo-relevance feedback, with the jobs' occupations as the feedback.
 *
 * Chosen on the dev half of `npm run eval:match`'s queries in both settings (resumes as they are /
 * title words removed; composite NDCG@10 over BM25's, the resume text read directly; notes.ts):
 * none 1.908x / 1.419x; 10 neighbours 2.013x / 1.583x, 15 1.958x / 1.584x, 25 1.860x / 1.595x;
 * a second round 2.021x / 1.633x. A fixed share of the profile's own guess kept beside the vote
 * (0.2 to 0.7), sharper weights (score cubed), neighbours by embedding alone or by the composite
 * all ranked lower.
 *
 * The vote is blended with the profile's own guess in proportion to that guess's confidence
 * (blendWithOwn): a resume that names its trade keeps it (top-3 accuracy of the stored guess 0.894
 * own, 0.825 vote alone, 0.869 blended; dev ranking 1.999x / 1.624x), one that does not takes the
 * jobs' reading (top-1 0.163 own, 0.306 blended, title words removed).
 */
import type { OccupationGuess } from '../types';
import { occupationTitle } from './catalog';

export const NEIGHBOUR_VOTE = {
  /** How many of the best-scoring jobs vote. */
  neighbours: 10,
  /** Vote, rank again with the vote, vote again: a second round ranked better in both settings. */
  rounds: 2,
  /** How many occupations are kept, as for an inferred guess. */
  keep: 5,
} as const;

export interface Neighbour {
  /** How alike the job and the profile are, in [0, 1] (the semantic similarity). */
  score: number;
  occupations: readonly OccupationGuess[];
  /** The raw embedding cosine, then the job id, settle equal scores; without them the first found wins. */
  cosine?: number;
  jobId?: string;
}

const sorted = (weights: Map<string, number>, keep: number): OccupationGuess[] => {
  const top = [...weights]
    .filter(([code, v]) => v > 0 && occupationTitle(code) !== null)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, keep);
  const total = top.reduce((s, [, v]) => s + v, 0);
  return top.map(([code, v]) => ({ code, title: occupationTitle(code) ?? code, confidence: v / total }));
};

/** The vote, most likely first, confidences summing to 1; empty when no neighbour has an occupation. */
export function neighbourVote(
  candidates: readonly Neighbour[],
  neighbours: number = NEIGHBOUR_VOTE.neighbours,
  keep: number = NEIGHBOUR_VOTE.keep,
): OccupationGuess[] {
  // Equal scores happen: jobs of one occupation share the occupation part, and the score clamps
  // the cosine and the shared words at a floor and a ceiling. The raw cosine settles them, then
  // the job id, so the vote does not depend on the order the jobs were found in.
  const nearest = [...candidates]
    .sort(
      (a, b) => b.score - a.score || (b.cosine ?? 0) - (a.cosine ?? 0) || (a.jobId ?? '').localeCompare(b.jobId ?? ''),
    )
    .slice(0, neighbours);
  const votes = new Map<string, number>();
  for (const n of nearest) {
    const weight = Math.max(0, n.score);
    for (const g of n.occupations) votes.set(g.code, (votes.get(g.code) ?? 0) + weight * g.confidence);
  }
  return sorted(votes, keep);
}

/**
 * The profile's own guess and the vote, mixed: the own guess (its confidences rescaled to sum to
 * 1) weighs as much as its first confidence says, the vote the rest. No vote: the own guess.
 */
export function blendWithOwn(
  own: readonly OccupationGuess[],
  vote: readonly OccupationGuess[],
  keep: number = NEIGHBOUR_VOTE.keep,
): OccupationGuess[] {
  if (vote.length === 0) return [...own];
  const share = Math.min(1, Math.max(0, own[0]?.confidence ?? 0));
  const ownTotal = own.reduce((s, g) => s + g.confidence, 0);
  const voteTotal = vote.reduce((s, g) => s + g.confidence, 0);
  const mixed = new Map<string, number>();
  const add = (g: OccupationGuess, w: number) => mixed.set(g.code, (mixed.get(g.code) ?? 0) + w);
  if (ownTotal > 0) for (const g of own) add(g, (share * g.confidence) / ownTotal);
  if (voteTotal > 0) for (const g of vote) add(g, ((1 - share) * g.confidence) / voteTotal);
  return sorted(mixed, keep);
}
