import { roundedParts } from '@/lib/rounded-parts';

/**
 * The factors' points as whole numbers that add up to the score printed beneath them: rounded one
 * by one, 38.4 + 2.4 + 6.4 + 0 + 2.4 had read 48 above a score of 50 (a walk).
 */
export function factorPoints(contributions: readonly number[]): number[] {
  return roundedParts(contributions.map((c) => c * 100));
}
