/**
 * Resume dates -> ISO "YYYY-MM-DD" with their precision: month-level dates get day 01, year-only dates
 * month 01, and the precision says which parts were written. Handles "Jan 2019", "January 2019", "Jan'19", "03/2018", "2019-03",
 * "06th June 2017", "Aug 29th 2005", "2017", and ranges joined by -, –, —, "to", "till", "to till", ending in a
 * date or Present / Current / Till Date / Still (on going); also two month dates with only spaces between
 * (a table row), when the second is not earlier.
 */
import { orderedEnd } from '@/lib/partial-date';
import { CAREER_EARLIEST_DATE, careerLatestDate } from '@/lib/validators/dates';

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const YEAR = String.raw`(?:19|20)\d{2}`;
const ORDINAL = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
const MM = String.raw`(?:0?[1-9]|1[0-2])`;
/** One date that names at least its month, most specific forms first. */
const MONTH_DATE = [
  String.raw`${ORDINAL}[\s-]*${MONTH}[\s,'’-]*${YEAR}`, // 06th June 2017
  String.raw`${MONTH}\s*${ORDINAL}[,'’]*\s*${YEAR}`, // Aug 29th, 2005
  String.raw`${MONTH}[\s,'’./-]*(?:${YEAR}|\d{2}\b)`, // Jan 2019, Jan'19, Jan-2019
  String.raw`\d{1,2}[/.-]\d{1,2}[/.-]${YEAR}`, // 12/05/2018
  String.raw`${MM}[/.-]${YEAR}`, // 03/2018
  String.raw`${YEAR}[/.-]${MM}(?![\d])(?:[/.-]\d{1,2})?`, // 2019-03(-01)
].join('|');
/** A term or season and its year ("Fall 2016", "Summer 2018"): no month, so the year is what is known. */
const SEASON = String.raw`(?:spring|summer|fall|autumn|winter)\s+`;
const SEASON_PREFIX = new RegExp(String.raw`^${SEASON}(?=${YEAR}$)`, 'i');
/** One date, most specific forms first. */
const DATE = `${MONTH_DATE}|(?:${SEASON})?${YEAR}`;
const PRESENT = String.raw`(?:present|current(?:ly)?|now|today|till\s*date|till\s*now|to\s*date|up\s*to\s*date|date|on\s*-?\s*going|still\s+on\s*-?\s*going|still\s+working|still)`;
// "to till 30th Aug 2018": "to" and "till" together join the range.
const JOIN = String.raw`\s*(?:-+|–|—|~|\bto\s+(?:till|until)\b|\bto\b|\btill\b|\buntil\b|\bthrough\b|\bthru\b)\s*(?:\bthe\s+)?`;

const DATE_RE = new RegExp(String.raw`\b(?:${DATE})`, 'i');
const RANGE_RE = new RegExp(String.raw`\b(${DATE})${JOIN}(${DATE}|${PRESENT})\b`, 'i');
const SINCE_RE = new RegExp(String.raw`\b(?:since|from)\s+(${DATE})(?!${JOIN}(?:${DATE}))`, 'i');
const PRESENT_RE = new RegExp(String.raw`^${PRESENT}$`, 'i');
/** Two month dates with only spaces between: a table row or a date column ("20/07/2015    31/05/2016"). */
const SIDE_BY_SIDE_RE = new RegExp(String.raw`\b(${MONTH_DATE})\s+(${MONTH_DATE})(?![\d/.-])`, 'i');

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (year: number, month: number, day = 1) => `${year}-${pad(month)}-${pad(day)}`;

export type DatePrecision = 'day' | 'month' | 'year';
export interface ResumeDate {
  date: string;
  precision: DatePrecision;
}

/** A day that exists in that month, else null ("31/02/2019" is a typo, not a date). */
function dayOf(year: number, month: number, day: number): ResumeDate | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 ? { date: iso(year, month, day), precision: 'day' } : null;
}

function fullYear(text: string): number {
  const n = Number(text);
  if (text.length === 4) return n;
  // Two-digit years ("Jan'19"): resumes span the last ~60 years.
  return n + (n > (new Date().getUTCFullYear() % 100) + 1 ? 1900 : 2000);
}

/**
 * One date expression -> its ISO date and precision, or null if it is not one. A year outside a
 * working life ("1905", "2099": a number of something else, or a typo) is no date: the profile
 * refuses it, and the import would hand the user a row it cannot save.
 */
export function parseResumeDate(text: string): ResumeDate | null {
  const found = readResumeDate(text);
  return found && found.date >= CAREER_EARLIEST_DATE && found.date <= careerLatestDate() ? found : null;
}

function readResumeDate(text: string): ResumeDate | null {
  const t = text.trim().toLowerCase().replace(SEASON_PREFIX, '');
  const monthName = new RegExp(MONTH, 'i').exec(t);
  if (monthName) {
    const month = MONTHS[monthName[0].slice(0, 3)];
    const year = /((?:19|20)\d{2})(?!\d)/.exec(t)?.[1] ?? /['’\s./-](\d{2})$/.exec(t)?.[1];
    if (!month || !year) return null;
    // "06th June 2017", "Aug 29th, 2005", "16-Aug-2012": a day number beside the month name.
    const day =
      /^(\d{1,2})(?:st|nd|rd|th)?[\s-]*\p{L}/u.exec(t)?.[1] ??
      /^\p{L}+\.?\s*(\d{1,2})(?:st|nd|rd|th)?[,'’]*\s+\d{4}/u.exec(t)?.[1];
    if (day)
      return dayOf(fullYear(year), month, Number(day)) ?? { date: iso(fullYear(year), month), precision: 'month' };
    return { date: iso(fullYear(year), month), precision: 'month' };
  }
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d{2})$/.exec(t);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    // 25/03/2018 is day-first; 03/25/2018 and 03/05/2018 read month-first.
    const [month, day] = a > 12 ? [b, a] : [a, b];
    return month >= 1 && month <= 12 ? dayOf(Number(m[3]), month, day) : null;
  }
  m = /^((?:19|20)\d{2})[/.-](\d{1,2})[/.-](\d{1,2})$/.exec(t);
  if (m) return dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-]((?:19|20)\d{2})$/.exec(t) ?? /^((?:19|20)\d{2})[/.-](\d{1,2})$/.exec(t);
  if (m) {
    const [year, month] = m[1]?.length === 4 ? [Number(m[1]), Number(m[2])] : [Number(m[2]), Number(m[1])];
    return month >= 1 && month <= 12 ? { date: iso(year, month), precision: 'month' } : null;
  }
  m = /^((?:19|20)\d{2})$/.exec(t);
  return m ? { date: iso(Number(m[1]), 1), precision: 'year' } : null;
}

/** One date expression -> "YYYY-MM-DD" (day 01 / month 01 where not written), or null. */
export const parseDate = (text: string): string | null => parseResumeDate(text)?.date ?? null;

export interface DateRange {
  start: string | null;
  startPrecision: DatePrecision | 'unknown';
  end: string | null;
  endPrecision: DatePrecision | 'unknown';
  isCurrent: boolean;
  /** An end was written but is before the start ("Dec 2017 - Jan 2017"): left unknown, for the user to check. */
  endUnread?: true;
  /** Where the range was found in the input, to cut it out of a title line. */
  index: number;
  length: number;
}

/** The first date range in a line ("Jan 2019 - Present", "2017 – 2019", "since July 2011"). */
export function findDateRange(line: string): DateRange | null {
  const m = RANGE_RE.exec(line);
  if (m?.[1] && m[2]) {
    const isCurrent = PRESENT_RE.test(m[2].trim());
    const start = parseResumeDate(m[1]);
    const written = isCurrent ? null : parseResumeDate(m[2]);
    // "Mar 2018 - 2018" ends within its start's year; "Dec 2017 - Jan 2017" is a typo whose end is
    // unknown, while its start is still true.
    const end = start && written ? orderedEnd(start.date, written) : null;
    if (start)
      return {
        start: start.date,
        startPrecision: start.precision,
        end: end?.date ?? null,
        endPrecision: end?.precision ?? 'unknown',
        isCurrent,
        ...(written && !end ? { endUnread: true as const } : {}),
        index: m.index,
        length: m[0].length,
      };
  }
  const pair = SIDE_BY_SIDE_RE.exec(line);
  if (pair?.[1] && pair[2]) {
    const start = parseResumeDate(pair[1]);
    const end = parseResumeDate(pair[2]);
    // Only an ordered pair is a range: "Nov 2016 Jan 2015" is two separate dates.
    if (start && end && start.date <= end.date)
      return {
        start: start.date,
        startPrecision: start.precision,
        end: end.date,
        endPrecision: end.precision,
        isCurrent: false,
        index: pair.index,
        length: pair[0].length,
      };
  }
  const since = SINCE_RE.exec(line);
  if (since?.[1]) {
    const start = parseResumeDate(since[1]);
    if (start)
      return {
        start: start.date,
        startPrecision: start.precision,
        end: null,
        endPrecision: 'unknown',
        isCurrent: true,
        index: since.index,
        length: since[0].length,
      };
  }
  return null;
}

/** The first single date in a line, e.g. a graduation date ("January 2017 MBA", "B.E., 2016"). */
export function findDate(line: string): (ResumeDate & { index: number; length: number }) | null {
  const m = DATE_RE.exec(line);
  const found = m ? parseResumeDate(m[0]) : null;
  return m && found ? { ...found, index: m.index, length: m[0].length } : null;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
const AMOUNT = String.raw`(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)\s*\+?`;
const DURATION_RE = new RegExp(
  String.raw`(?:\b(less\s+than|under|below)\s+)?\b${AMOUNT}\s*(years?|yrs?|months?|mos?|mths?)\b(?:\s*(?:and|&|,)?\s*(\d+)\s*(?:months?|mos?|mths?)\b)?`,
  'i',
);

/**
 * A length of time -> whole months: "24 months", "2 years", "1.5 yrs", "1 year 6 months". "Less than
 * N years" is the most it can be, N*12 - 1 months: the resume bounds it, it does not say more.
 */
export function parseDuration(text: string): number | null {
  const m = DURATION_RE.exec(text);
  if (!m?.[2] || !m[3]) return null;
  const amount = NUMBER_WORDS[m[2].toLowerCase()] ?? Number(m[2]);
  const months = /^y/i.test(m[3]) ? amount * 12 + Number(m[4] ?? 0) : amount;
  if (!Number.isFinite(months)) return null;
  return Math.max(0, Math.round(m[1] ? months - 1 : months));
}
