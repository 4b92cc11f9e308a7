import { normalizeCity } from './dedupe-key';
import { jaccard } from './text-similarity';

/** Shingle Jaccard at or above which two descriptions are the same posting (bench:etl tunes it). */
export const DUPLICATE_TEXT_SIMILARITY = 0.6;

export interface DuplicateCandidate {
  city: string | null;
  country: string | null;
  shingles: Set<string>;
}

/**
 * Same place: the same city once normalized, or, where a board gave no city, the same country
 * (regions are spelled too many ways to compare: "NY", "New York", "N.Y."). A known difference in
 * country or city means two jobs (one employer hiring the same role in two offices).
 */
export function samePlace(a: DuplicateCandidate, b: DuplicateCandidate): boolean {
  if (a.country && b.country && a.country !== b.country) return false;
  const ca = normalizeCity(a.city);
  const cb = normalizeCity(b.city);
  // One side names no city: the country (checked above) is all there is to compare.
  return ca && cb ? ca === cb : true;
}

/** Called only for candidates sharing the employer | title key. */
export function isDuplicate(a: DuplicateCandidate, b: DuplicateCandidate): boolean {
  return samePlace(a, b) && jaccard(a.shingles, b.shingles) >= DUPLICATE_TEXT_SIMILARITY;
}
