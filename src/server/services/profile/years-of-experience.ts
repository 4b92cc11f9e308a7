/**
 * Total years of professional experience: the union of the dated roles (overlaps counted once),
 * plus the stated length of roles whose dates are unknown ("24 months"). A role's end counts to
 * the end of the period its precision names ("2019 - 2019" is a year, "Mar 2019" ends with March).
 * A role whose length is unknown (no dates and no stated length, or a start with neither an end
 * nor "current") adds nothing: its time is never guessed.
 */
import { CAREER_EARLIEST_DATE } from '@/lib/validators/dates';
import type { DatePrecision } from '@/lib/validators/enums';

export interface DatedEntry {
  startDate: string | null;
  endDate: string | null;
  isCurrent: boolean;
  durationMonths?: number | null;
  /** Absent: the end date is taken as exact. */
  endPrecision?: DatePrecision;
}

const DAY_MS = 86_400_000;
const YEAR_MS = 365.25 * DAY_MS;

/** The first instant after the period an end date names. */
function endOfPeriod(date: string, precision: DatePrecision | undefined): number {
  const [y = 0, m = 1, d = 1] = date.slice(0, 10).split('-').map(Number);
  if (precision === 'year') return Date.UTC(y + 1, 0, 1);
  if (precision === 'month') return Date.UTC(y, m, 1);
  if (precision === 'day') return Date.UTC(y, m - 1, d + 1);
  return Date.parse(date);
}

/** The role's span in ms since the epoch, or null when its length is unknown. */
function span(e: DatedEntry, now: number): readonly [number, number] | null {
  if (!e.startDate || (!e.isCurrent && !e.endDate)) return null;
  // A start before any working life today (stored before the profile refused it) is no length.
  if (e.startDate < CAREER_EARLIEST_DATE) return null;
  const start = Date.parse(e.startDate);
  const end = e.isCurrent || !e.endDate ? now : endOfPeriod(e.endDate, e.endPrecision);
  const clipped = Math.min(end, now);
  return Number.isFinite(start) && Number.isFinite(clipped) && clipped > start ? [start, clipped] : null;
}

/** Whether the roles say how long the seeker worked: none at all (a fact), or one with a length. */
export function yearsKnown(entries: readonly DatedEntry[]): boolean {
  return entries.length === 0 || entries.some((e) => span(e, Date.now()) !== null || (e.durationMonths ?? null) !== null);
}

/** Unrounded years, for scores that grade on a scale. */
export function exactYearsOfExperience(entries: readonly DatedEntry[], today: Date = new Date()): number {
  const now = today.getTime();
  const spans = entries
    .map((e) => span(e, now))
    .filter((s): s is readonly [number, number] => s !== null)
    .map(([s, e]) => [s, e] as [number, number])
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
  const statedMonths = entries.reduce((n, e) => n + (span(e, now) === null ? (e.durationMonths ?? 0) : 0), 0);
  return totalMs / YEAR_MS + statedMonths / 12;
}

/** Years to one decimal, as shown and matched. */
export function yearsOfExperience(entries: readonly DatedEntry[], today: Date = new Date()): number {
  return Math.round(exactYearsOfExperience(entries, today) * 10) / 10;
}

/** Roles that add nothing to the years: no dates and no stated length. */
export function rolesWithoutLength(entries: readonly DatedEntry[], today: Date = new Date()): number {
  const now = today.getTime();
  return entries.filter((e) => span(e, now) === null && (e.durationMonths ?? null) === null).length;
}
