/**
 * The semantic part of the composite, in [0, 1]: how alike the seeker's and the job's work are.
 *
 *   semantic = occupation x occupationSimilarity + embedding x clamp((cosine - 0.15) / 0.35, 0, 1)
 *            + lexical x clamp(lexical / lexicalCeiling, 0, 1)
 *
 * (weights in SEMANTIC_MIX, adding up to 1). The lexical part (text/lexical.ts) is the share of the
 * profile's own distinctive words the job uses: it keeps a specialist's exact vocabulary ("SAP
 * ABAP", "AutoCAD") in the score where the occupation and embedding signals blur it.
 *
 * Measured by `npm run eval:match` (bench/results/eval-match.json, "semantic_variants"): mapping
 * both sides onto O*NET occupations is by far the stronger signal; the embedding cosine refines
 * it and carries it where the occupation guess is wrong. Raw cosines of the offline model sit
 * between about -0.1 and 0.5 (median 0.06), so they are stretched onto [0, 1] first: unstretched,
 * their spread is smaller than the structured score's and the composite would rank by skills
 * overlap, the weakest signal measured. When either side has no occupation guess, the embedding
 * and lexical parts share the whole score (an unknown occupation is not evidence of a mismatch).
 * This is a pure function of stored values, so it scores every pair the same way in the app and
 * in the evaluation.
 */
import { occupationSimilarity } from './occupations/occupation-similarity';
import type { OccupationGuess } from './types';

/**
 * Chosen on the dev half of the import path (imported profiles ranked by matching.forMe over the
 * whole pool; composite NDCG@10 over BM25's, as is / title words removed). With the profile's own
 * occupation guess: 0.6/0.3/0.1 (chosen then) over 0.7/0.2/0.1, 0.55/0.3/0.15, 0.5/0.3/0.2 and
 * 0.6/0.2/0.2 (notes.ts). Once the nearest jobs refine the seeker's occupations
 * (refine-occupations.ts), the occupation signal is surer and earns more weight: 0.6/0.3/0.1
 * 1.907x / 1.546x, 0.7/0.2/0.1 1.942x / 1.560x, 0.7/0.15/0.15 1.938x / 1.589x (chosen).
 */
export const SEMANTIC_MIX = {
  occupation: 0.7,
  embedding: 0.15,
  lexical: 0.15,
  /** Lexical scores at or above this count 1 (a job using a third of the profile's weighted words). */
  lexicalCeiling: 0.35,
  /** Cosines at or below the floor count 0, at or above the ceiling 1 (about the 70th and 99th percentile of pairs). */
  cosineFloor: 0.15,
  cosineCeiling: 0.5,
} as const;

export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
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

const stretch = (raw: number): number => {
  const { cosineFloor, cosineCeiling } = SEMANTIC_MIX;
  return Math.min(1, Math.max(0, (raw - cosineFloor) / (cosineCeiling - cosineFloor)));
};

/** The embedding cosine stretched onto [0, 1]. */
export function stretchedCosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  return stretch(cosine(a, b));
}

export type SemanticMix = { occupation: number; embedding: number; lexical: number; lexicalCeiling: number };

export function semanticSimilarity(
  profileVector: ArrayLike<number>,
  jobVector: ArrayLike<number>,
  profileOccupations: readonly OccupationGuess[],
  jobOccupations: readonly OccupationGuess[],
  lexical = 0,
  mix: SemanticMix = SEMANTIC_MIX,
): number {
  return semanticFromCosine(cosine(profileVector, jobVector), profileOccupations, jobOccupations, lexical, mix);
}

/**
 * The same from the raw cosine: for a caller that scores one pair under several occupation
 * readings (the neighbour vote) and computes the cosine and the lexical share once.
 */
export function semanticFromCosine(
  rawCosine: number,
  profileOccupations: readonly OccupationGuess[],
  jobOccupations: readonly OccupationGuess[],
  lexical = 0,
  mix: SemanticMix = SEMANTIC_MIX,
): number {
  const embedding = stretch(rawCosine);
  const words = Math.min(1, Math.max(0, lexical / mix.lexicalCeiling));
  if (profileOccupations.length === 0 || jobOccupations.length === 0) {
    // No occupation on one side: the other signals share its weight (unknown is not a mismatch).
    return Math.min(1, (mix.embedding * embedding + mix.lexical * words) / (mix.embedding + mix.lexical));
  }
  const occupation = occupationSimilarity(profileOccupations, jobOccupations).score;
  return Math.min(1, mix.occupation * occupation + mix.embedding * embedding + mix.lexical * words);
}
