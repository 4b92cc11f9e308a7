/**
 * Resume dates -> ISO "YYYY-MM-DD". Month-level dates get day 01, year-only dates month 01 (the draft
 * only needs month precision). Handles "Jan 2019", "January 2019", "Jan'19", "03/2018", "2019-03",
 * "06th June 2017", "Aug 29th 2005", "2017", and ranges joined by -, –, —, "to", "till", ending in a
 * date or Present / Current / Till Date / Still on going.
 */

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
/** One date, most specific forms first. */
const DATE = [
  String.raw`${ORDINAL}[\s-]*${MONTH}[\s,'’-]*${YEAR}`, // 06th June 2017
  String.raw`${MONTH}\s*${ORDINAL}[,'’]*\s*${YEAR}`, // Aug 29th, 2005
  String.raw`${MONTH}[\s,'’./-]*(?:${YEAR}|\d{2}\b)`, // Jan 2019, Jan'19, Jan-2019
  String.raw`\d{1,2}[/.-]\d{1,2}[/.-]${YEAR}`, // 12/05/2018
  String.raw`${MM}[/.-]${YEAR}`, // 03/2018
  String.raw`${YEAR}[/.-]${MM}(?![\d])(?:[/.-]\d{1,2})?`, // 2019-03(-01)
  YEAR,
].join('|');
const PRESENT = String.raw`(?:present|current(?:ly)?|now|today|till\s*date|till\s*now|to\s*date|up\s*to\s*date|date|on\s*-?\s*going|still\s+on\s*-?\s*going|still\s+working)`;
const JOIN = String.raw`\s*(?:-+|–|—|~|\bto\b|\btill\b|\buntil\b|\bthrough\b|\bthru\b)\s*(?:\bthe\s+)?`;

const DATE_RE = new RegExp(String.raw`\b(?:${DATE})`, 'i');
const RANGE_RE = new RegExp(String.raw`\b(${DATE})${JOIN}(${DATE}|${PRESENT})\b`, 'i');
const SINCE_RE = new RegExp(String.raw`\b(?:since|from)\s+(${DATE})(?!${JOIN}(?:${DATE}))`, 'i');
const PRESENT_RE = new RegExp(String.raw`^${PRESENT}$`, 'i');

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (year: number, month: number) => `${year}-${pad(month)}-01`;

function fullYear(text: string): number {
  const n = Number(text);
  if (text.length === 4) return n;
  // Two-digit years ("Jan'19"): resumes span the last ~60 years.
  return n + (n > (new Date().getUTCFullYear() % 100) + 1 ? 1900 : 2000);
}

/** One date expression -> "YYYY-MM-01", or null if it is not one. */
export function parseDate(text: string): string | null {
  const t = text.trim().toLowerCase();
  const monthName = new RegExp(MONTH, 'i').exec(t);
  if (monthName) {
    const month = MONTHS[monthName[0].slice(0, 3)];
    const year = /((?:19|20)\d{2})(?!\d)/.exec(t)?.[1] ?? /['’\s./-](\d{2})$/.exec(t)?.[1];
    return month && year ? iso(fullYear(year), month) : null;
  }
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d{2})$/.exec(t);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const month = a > 12 ? b : a; // 25/03/2018 is day-first; 03/25/2018 and 03/05/2018 read month-first
    return month >= 1 && month <= 12 ? iso(Number(m[3]), month) : null;
  }
  m = /^(\d{1,2})[/.-]((?:19|20)\d{2})$/.exec(t) ?? /^((?:19|20)\d{2})[/.-](\d{1,2})(?:[/.-]\d{1,2})?$/.exec(t);
  if (m) {
    const [year, month] = m[1]?.length === 4 ? [Number(m[1]), Number(m[2])] : [Number(m[2]), Number(m[1])];
    return month >= 1 && month <= 12 ? iso(year, month) : null;
  }
  m = /^((?:19|20)\d{2})$/.exec(t);
  return m ? iso(Number(m[1]), 1) : null;
}

export interface DateRange {
  start: string | null;
  end: string | null;
  isCurrent: boolean;
  /** Where the range was found in the input, to cut it out of a title line. */
  index: number;
  length: number;
}

/** The first date range in a line ("Jan 2019 - Present", "2017 – 2019", "since July 2011"). */
export function findDateRange(line: string): DateRange | null {
  const m = RANGE_RE.exec(line);
  if (m?.[1] && m[2]) {
    const isCurrent = PRESENT_RE.test(m[2].trim());
    const start = parseDate(m[1]);
    if (start)
      return { start, end: isCurrent ? null : parseDate(m[2]), isCurrent, index: m.index, length: m[0].length };
  }
  const since = SINCE_RE.exec(line);
  if (since?.[1]) {
    const start = parseDate(since[1]);
    if (start) return { start, end: null, isCurrent: true, index: since.index, length: since[0].length };
  }
  return null;
}

/** The first single date in a line, e.g. a graduation date ("January 2017 MBA", "B.E., 2016"). */
export function findDate(line: string): { date: string; index: number; length: number } | null {
  const m = DATE_RE.exec(line);
  const date = m ? parseDate(m[0]) : null;
  return m && date ? { date, index: m.index, length: m[0].length } : null;
}
