/**
 * Score bands shown instead of raw percentages, which invite false precision. The seed gives no
 * thresholds, so these are ours: Poor < 0.40 <= Fair < 0.55 <= Good < 0.70 <= Strong < 0.85 <= Great.
 * Each lower bound belongs to its band (0.70 is Strong).
 *
 * A band can be capped below what the composite reaches (capBand): a job paying far under the
 * seeker's floor is never called Strong, though its composite, the sum of the factor
 * contributions, is left as it is (experience-salary.ts, salaryBandCap).
 */
import type { MatchBand } from '../types';

/** Lower bounds, highest first, so the first bound a score reaches names its band. */
export const BAND_THRESHOLDS: readonly { band: MatchBand; min: number }[] = Object.freeze([
  { band: 'Great', min: 0.85 },
  { band: 'Strong', min: 0.7 },
  { band: 'Good', min: 0.55 },
  { band: 'Fair', min: 0.4 },
  { band: 'Poor', min: -Infinity },
]);

/** A composite that is a sum of products can land at 0.6999999999999999 for an exact 0.7. */
const EDGE_SLACK = 1e-9;

export function bandFor(score: number): MatchBand {
  // NaN compares false with every bound and falls through to Poor, the safe answer.
  return BAND_THRESHOLDS.find((t) => score + EDGE_SLACK >= t.min)?.band ?? 'Poor';
}

/** Worst first: a band's index is its rank. */
export const BAND_ORDER: readonly MatchBand[] = Object.freeze(['Poor', 'Fair', 'Good', 'Strong', 'Great']);

/** The lower of `band` and `cap`; a null cap leaves the band as it is. */
export function capBand(band: MatchBand, cap: MatchBand | null): MatchBand {
  if (cap === null) return band;
  return BAND_ORDER.indexOf(band) <= BAND_ORDER.indexOf(cap) ? band : cap;
}
