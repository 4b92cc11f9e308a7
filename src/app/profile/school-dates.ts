/**
 * Degrees are dated as resumes print them, by year ("2014–2016"), sometimes by month or day. The
 * profile keeps a day per date (no precision column), so a typed start is its period's first day and
 * a typed end its last: "2016" to "2016" is a degree of 2016, and an end never falls before its start.
 */
import { lastDayOf, parsePartialDate } from '@/lib/partial-date';

/** "2016", "2016-06" or "2016-06-15" as typed -> the stored date; "" -> null; other text goes on for the schema to name. */
export function typedSchoolDate(text: unknown, side: 'start' | 'end'): string | null {
  const t = typeof text === 'string' ? text.trim() : '';
  const parsed = parsePartialDate(t);
  if (parsed === null) return null;
  if (parsed === undefined) return t;
  return side === 'start' ? parsed.date : lastDayOf(parsed);
}

/** A stored date as the form shows it: the year alone where the day adds nothing (1 January, 31 December). */
export function schoolDateText(date: string | null | undefined): string {
  if (!date) return '';
  return /-(?:01-01|12-31)$/.test(date) ? date.slice(0, 4) : date.slice(0, 10);
}

/** "2014–2016", "2016" (an end alone), "From 2014", or "" when neither is known. */
export function schoolPeriod(start: string | null, end: string | null): string {
  const from = start?.slice(0, 4) ?? '';
  const to = end?.slice(0, 4) ?? '';
  if (from && to) return from === to ? to : `${from}–${to}`;
  return to || (from ? `From ${from}` : '');
}
