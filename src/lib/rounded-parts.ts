/**
 * Whole numbers for parts of a total that is shown rounded (largest remainder): "23.6 / 60" read
 * as noise on the profile page, and parts rounded one by one can add up to one less or more than
 * the total printed above them.
 */
export function roundedParts(parts: readonly number[]): number[] {
  const clean = parts.map((p) => (Number.isFinite(p) ? p : 0));
  const floors = clean.map(Math.floor);
  let left = Math.round(clean.reduce((a, b) => a + b, 0)) - floors.reduce((a, b) => a + b, 0);
  const byRemainder = clean.map((p, i) => ({ i, r: p - floors[i]! })).sort((a, b) => b.r - a.r);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    floors[i]! += 1;
    left -= 1;
  }
  return floors;
}
