/**
 * How close a seeker's occupations are to a job's, both as inferred distributions (most likely
 * first, confidences summing to at most 1): the confidence-weighted expectation of the relatedness
 * of a profile occupation and a job occupation,
 *
 *   score = sum_i sum_j p_i q_j rel(i, j) / (sum_i p_i x sum_j q_j)
 *
 * with rel = 1 for the same occupation and the O*NET Related Occupations tier weight otherwise.
 * Dividing by the confidence masses makes the score the expectation over the guesses shown,
 * whatever their total.
 */
import type { OccupationGuess } from '../types';
import { relatednessTier, type RelatednessTier } from './catalog';

export type OccupationRelation = 'same' | 'related' | 'unrelated' | 'unknown';

export interface OccupationSimilarity {
  score: number;
  /** Of the pair that contributes most (the top guesses when nothing is related). */
  relation: OccupationRelation;
  job: OccupationGuess | null;
  profile: OccupationGuess | null;
}

/**
 * Measured on `npm run eval:match` (scripts/eval/match/notes.ts): flatter weights (0.6 for every
 * tier) rank a little better when the seeker's title is unknown, steeper ones (0.3/0.2/0.1) when
 * it is known; the differences stay within 0.02 NDCG@10, and these sit between the two.
 */
export const RELATEDNESS_WEIGHTS: Readonly<Record<RelatednessTier, number>> = {
  'primary-short': 0.6,
  'primary-long': 0.4,
  supplemental: 0.25,
};

export function relatedness(
  a: string,
  b: string,
  weights: Readonly<Record<RelatednessTier, number>> = RELATEDNESS_WEIGHTS,
): number {
  if (a === b) return 1;
  const tier = relatednessTier(a, b);
  return tier ? weights[tier] : 0;
}

export function occupationSimilarity(
  profile: readonly OccupationGuess[],
  job: readonly OccupationGuess[],
  weights: Readonly<Record<RelatednessTier, number>> = RELATEDNESS_WEIGHTS,
): OccupationSimilarity {
  const topProfile = profile[0] ?? null;
  const topJob = job[0] ?? null;
  if (!topProfile || !topJob) return { score: 0, relation: 'unknown', job: topJob, profile: topProfile };

  let sum = 0;
  let best = { value: 0, rel: 0, job: topJob, profile: topProfile };
  for (const p of profile) {
    for (const j of job) {
      const rel = relatedness(p.code, j.code, weights);
      if (rel === 0) continue;
      const value = p.confidence * j.confidence * rel;
      sum += value;
      if (value > best.value) best = { value, rel, job: j, profile: p };
    }
  }
  const mass = profile.reduce((s, g) => s + g.confidence, 0) * job.reduce((s, g) => s + g.confidence, 0);
  const relation: OccupationRelation = best.rel === 1 ? 'same' : best.rel > 0 ? 'related' : 'unrelated';
  return {
    score: mass > 0 ? Math.min(1, sum / mass) : 0,
    relation,
    job: best.job,
    profile: best.profile,
  };
}
