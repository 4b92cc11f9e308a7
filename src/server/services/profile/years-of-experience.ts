/**
 * Total years of professional experience: the union of the dated roles (overlaps counted once),
 * plus the stated length of roles whose dates are unknown ("24 months"). An undated role with no
 * stated length adds nothing: its time is unknown, and is never guessed.
 */
export interface DatedEntry {
  startDate: string | null;
  endDate: string | null;
  isCurrent: boolean;
  durationMonths?: number | null;
}

const DAY_MS = 86_400_000;
const YEAR_MS = 365.25 * DAY_MS;

/** Unrounded years, for scores that grade on a scale. */
export function exactYearsOfExperience(entries: readonly DatedEntry[], today: Date = new Date()): number {
  const now = today.getTime();
  const spans = entries
    .filter((e) => e.startDate)
    .map((e) => {
      const start = Date.parse(e.startDate ?? '');
      const end = e.isCurrent || !e.endDate ? now : Date.parse(e.endDate);
      return [start, Math.min(end, now)] as const;
    })
    .filter(([s, e]) => Number.isFinite(s) && Number.isFinite(e) && e > s)
    .sort((a, b) => a[0] - b[0]);
  let totalMs = 0;
  let current: [number, number] | null = null;
  for (const [s, e] of spans) {
    if (current && s <= current[1]) current[1] = Math.max(current[1], e);
    else {
      if (current) totalMs += current[1] - current[0];
      current = [s, e];
    }
  }
  if (current) totalMs += current[1] - current[0];
  const undatedMonths = entries.reduce((n, e) => n + (e.startDate ? 0 : (e.durationMonths ?? 0)), 0);
  return totalMs / YEAR_MS + undatedMonths / 12;
}

/** Years to one decimal, as shown and matched. */
export function yearsOfExperience(entries: readonly DatedEntry[], today: Date = new Date()): number {
  return Math.round(exactYearsOfExperience(entries, today) * 10) / 10;
}
