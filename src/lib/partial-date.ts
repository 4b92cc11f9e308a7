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
/** "31/12/2023", "12/31/2023", "31.12.2023": day and month in either order, year last. */
const NUMERIC_DAY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
/** "03/2019", "3-2019". */
const NUMERIC_MONTH = /^(\d{1,2})[/.-](\d{4})$/;
/** "Mar 2019", "Sept. 2019", "14 Mar 2019", "March 14, 2019". */
const NAMED_MONTH = /^(?:(\d{1,2})\s+)?([a-z]{3,9})\.?\s+(?:(\d{1,2}),?\s+)?(\d{4})$/i;
/** Month names, January first: typed dates are read by them, and shown by their first three letters. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "March", "mar", "sept" -> 3, 3, 9; anything else (including "marchish") -> undefined. */
function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase();
  const i = w.length >= 3 ? MONTH_NAMES.findIndex((name) => name.toLowerCase().startsWith(w)) : -1;
  return i < 0 ? undefined : i + 1;
}

/** "01/02/2020" -> the day-first and month-first numbers; null when the text is not "n/n/yyyy". */
function dayMonthNumbers(t: string): { a: number; b: number; year: number } | null {
  const m = NUMERIC_DAY.exec(t);
  return m ? { a: Number(m[1]), b: Number(m[2]), year: Number(m[3]) } : null;
}

/** Day-first or month-first is told only by a number above 12 (or both the same). */
const eitherWay = ({ a, b }: { a: number; b: number }) => a !== b && a <= 12 && b <= 12;

/**
 * "01/02/2020", which could be either way round: its day-first reading (1 February) and its
 * month-first one (2 January), for a message naming both; null for text that means one date or none.
 */
export function dayMonthReadings(text: string): [PartialDate, PartialDate] | null {
  const n = dayMonthNumbers(text.trim());
  if (!n || !eitherWay(n)) return null;
  const iso = (month: number, day: number) =>
    `${n.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const dayFirst = parsePartialDate(iso(n.b, n.a));
  const monthFirst = parsePartialDate(iso(n.a, n.b));
  return dayFirst && monthFirst ? [dayFirst, monthFirst] : null;
}

/** The year, month and day a typed date names, with what it left out; undefined when it names none for sure. */
function dateParts(t: string): { year: number; month?: number; day?: number } | undefined {
  let m = PARTIAL.exec(t);
  if (m) {
    const [, y, mo, d] = m;
    return {
      year: Number(y),
      month: mo === undefined ? undefined : Number(mo),
      day: d === undefined ? undefined : Number(d),
    };
  }
  const n = dayMonthNumbers(t);
  if (n) {
    if (eitherWay(n)) return undefined;
    return n.a > 12 ? { year: n.year, month: n.b, day: n.a } : { year: n.year, month: n.a, day: n.b };
  }
  if ((m = NUMERIC_MONTH.exec(t))) return { year: Number(m[2]), month: Number(m[1]) };
  if ((m = NAMED_MONTH.exec(t))) {
    const month = monthNumber(m[2] ?? '');
    if (month === undefined || (m[1] !== undefined && m[3] !== undefined)) return undefined;
    const day = m[1] ?? m[3];
    return { year: Number(m[4]), month, day: day === undefined ? undefined : Number(day) };
  }
  return undefined;
}

/**
 * "2019", "2019-3", "2019-03-14" (and "Mar 2019", "03/2019", "31/12/2023" when they can mean one
 * date only) -> a partial date; "" -> null; anything else -> undefined (invalid).
 */
export function parsePartialDate(text: string): PartialDate | null | undefined {
  const t = text.trim();
  if (t === '') return null;
  const parts = dateParts(t);
  if (!parts) return undefined;
  const { year, month = 1, day = 1 } = parts;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return {
    date: date.toISOString().slice(0, 10),
    precision: parts.day !== undefined ? 'day' : parts.month !== undefined ? 'month' : 'year',
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

const MONTHS = MONTH_NAMES.map((name) => name.slice(0, 3));

/** For display: "2019", "Mar 2019" or "14 Mar 2019". */
export function displayPartialDate(date: string | null, precision: DatePrecision): string {
  if (!date || precision === 'unknown') return '';
  const [y, m, d] = date.slice(0, 10).split('-');
  const month = MONTHS[Number(m) - 1] ?? '';
  if (precision === 'year') return y ?? '';
  if (precision === 'month') return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}
