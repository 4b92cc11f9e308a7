/**
 * The semantic part of the composite, in [0, 1]: how alike the seeker's and the job's work are.
 *
 *   semantic = 0.8 x occupationSimilarity + 0.2 x clamp((cosine - 0.15) / 0.35, 0, 1)
 *
 * Measured by `npm run eval:match` (bench/results/eval-match.json, "semantic_variants"): mapping
 * both sides onto O*NET occupations is by far the stronger signal; the embedding cosine refines
 * it and carries it where the occupation guess is wrong. Raw cosines of the offline model sit
 * between about -0.1 and 0.5 (median 0.06), so they are stretched onto [0, 1] first: unstretched,
 * their spread is smaller than the structured score's and the composite would rank by skills
 * overlap, the weakest signal measured. When either side has no occupation guess, the stretched
 * cosine is the whole score (an unknown occupation is not evidence of a mismatch).
 * This is a pure function of stored values, so it scores every pair the same way in the app and
 * in the evaluation.
 */
import { occupationSimilarity } from './occupations/occupation-similarity';
import type { OccupationGuess } from './types';

export const SEMANTIC_MIX = {
  occupation: 0.8,
  embedding: 0.2,
  /** Cosines at or below the floor count 0, at or above the ceiling 1 (about the 70th and 99th percentile of pairs). */
  cosineFloor: 0.15,
  cosineCeiling: 0.5,
} as const;

function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) {
    throw new Error(`Vectors of different dimensions (${a.length} vs ${b.length}) come from different models.`);
  }
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

/** The embedding cosine stretched onto [0, 1]. */
export function stretchedCosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const { cosineFloor, cosineCeiling } = SEMANTIC_MIX;
  return Math.min(1, Math.max(0, (cosine(a, b) - cosineFloor) / (cosineCeiling - cosineFloor)));
}

export function semanticSimilarity(
  profileVector: ArrayLike<number>,
  jobVector: ArrayLike<number>,
  profileOccupations: readonly OccupationGuess[],
  jobOccupations: readonly OccupationGuess[],
): number {
  const embedding = stretchedCosine(profileVector, jobVector);
  if (profileOccupations.length === 0 || jobOccupations.length === 0) return embedding;
  const occupation = occupationSimilarity(profileOccupations, jobOccupations).score;
  return Math.min(1, SEMANTIC_MIX.occupation * occupation + SEMANTIC_MIX.embedding * embedding);
}
