/**
 * Dates as precise as a resume states them: "2019" (a year), "2019-03" (a month) or "2019-03-14"
 * (a day). Stored as an ISO date plus its precision, so a year-only date is never shown as
 * "1 January". Client-safe.
 */
import type { DatePrecision } from './validators/enums';

export interface PartialDate {
  /** ISO YYYY-MM-DD; month 01 / day 01 fill what the precision leaves unknown. */
  date: string;
  precision: Exclude<DatePrecision, 'unknown'>;
}

const PARTIAL = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;

/** "2019", "2019-3", "2019-03-14" -> a partial date; "" -> null; anything else -> undefined (invalid). */
export function parsePartialDate(text: string): PartialDate | null | undefined {
  const t = text.trim();
  if (t === '') return null;
  const m = PARTIAL.exec(t);
  if (!m) return undefined;
  const [, y, mo, d] = m;
  const year = Number(y);
  const month = mo === undefined ? 1 : Number(mo);
  const day = d === undefined ? 1 : Number(d);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return {
    date: date.toISOString().slice(0, 10),
    precision: d !== undefined ? 'day' : mo !== undefined ? 'month' : 'year',
  };
}

/**
 * A typed partial date -> the ISO date and precision the procedures take. Text that is not a date is
 * passed on as written, so the validator names the field instead of the value silently vanishing.
 */
export function typedPartialDate(text: string): { date: string | null; precision: DatePrecision } {
  const parsed = parsePartialDate(text);
  if (parsed === null) return { date: null, precision: 'unknown' };
  if (parsed === undefined) return { date: text.trim(), precision: 'unknown' };
  return parsed;
}

/** The last day of the period a partial date names: "2023" -> 2023-12-31, "2024-02" -> 2024-02-29. */
export function lastDayOf({ date, precision }: PartialDate): string {
  if (precision === 'day') return date;
  const [y = 0, m = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(y, precision === 'year' ? 12 : m, 0)).toISOString().slice(0, 10);
}

/**
 * The end of a range as it can be stored after `start`: stored dates are a period's first day and
 * must be ordered. An end whose period holds the start ("Mar 2018 – 2018") keeps its precision and
 * takes the start's day; an end whose whole period is before the start is no end (null).
 */
export function orderedEnd(start: string, end: PartialDate): PartialDate | null {
  if (end.date >= start) return end;
  return lastDayOf(end) >= start ? { date: start, precision: end.precision } : null;
}

/** The date written as precisely as it is known: "2019", "2019-03" or "2019-03-14"; "" when unknown. */
export function formatPartialDate(date: string | null, precision: DatePrecision): string {
  if (!date || precision === 'unknown') return '';
  if (precision === 'year') return date.slice(0, 4);
  if (precision === 'month') return date.slice(0, 7);
  return date.slice(0, 10);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** For display: "2019", "Mar 2019" or "14 Mar 2019". */
export function displayPartialDate(date: string | null, precision: DatePrecision): string {
  if (!date || precision === 'unknown') return '';
  const [y, m, d] = date.slice(0, 10).split('-');
  const month = MONTHS[Number(m) - 1] ?? '';
  if (precision === 'year') return y ?? '';
  if (precision === 'month') return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}
