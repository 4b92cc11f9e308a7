/**
 * The semantic part of the composite, in [0, 1]: how alike the seeker's and the job's work are,
 * from the embedding cosine and the occupation similarity (same or O*NET-related occupations).
 */
import { occupationSimilarity } from './occupations/occupation-similarity';
import type { OccupationGuess } from './types';

/** Weight of the occupation layer; the rest is the embedding cosine. */
export const OCCUPATION_SHARE = 0.5;

function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

export function semanticSimilarity(
  profileVector: readonly number[],
  jobVector: readonly number[],
  profileOccupations: readonly OccupationGuess[],
  jobOccupations: readonly OccupationGuess[],
): number {
  const embedding = Math.max(0, cosine(profileVector, jobVector));
  if (profileOccupations.length === 0 || jobOccupations.length === 0) return embedding;
  const occupation = occupationSimilarity(profileOccupations, jobOccupations).score;
  return Math.min(1, (1 - OCCUPATION_SHARE) * embedding + OCCUPATION_SHARE * occupation);
}
