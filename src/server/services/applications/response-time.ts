const DAY_MS = 86_400_000;

/** Days from applying to the company's first answer, to one decimal; null until both are known. */
export function responseDays(appliedAt: Date | null, responseAt: Date | null): number | null {
  if (!appliedAt || !responseAt) return null;
  return Math.round(((responseAt.getTime() - appliedAt.getTime()) / DAY_MS) * 10) / 10;
}
