/**
 * Dates as a reader (and an ATS) expects them: "Jan 2020", "2019", nothing when unknown; ranges as
 * "Jan 2020 - Present" with a plain hyphen, which every résumé parser reads, ours included.
 */
import type { DocumentDate } from '@/lib/validators/documents';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** A day-precise date is shown to the month: a résumé never needs the day, and parsers stop at the month. */
export function formatDocumentDate(d: DocumentDate): string {
  if (!d.date || d.precision === 'unknown') return '';
  const [year = '', month = '01'] = d.date.split('-');
  if (d.precision === 'year') return year;
  return `${MONTHS[Number(month) - 1] ?? MONTHS[0]} ${year}`;
}

export function formatDateRange(start: DocumentDate, end: DocumentDate, isCurrent = false): string {
  const from = formatDocumentDate(start);
  const to = isCurrent ? 'Present' : formatDocumentDate(end);
  if (from && to) return from === to ? from : `${from} - ${to}`;
  return from || to;
}

/** JSON Resume's date: "2019", "2020-01" or "2020-01-14", as precisely as it is known. */
export function jsonResumeDate(d: DocumentDate): string | undefined {
  if (!d.date || d.precision === 'unknown') return undefined;
  return d.date.slice(0, d.precision === 'year' ? 4 : d.precision === 'month' ? 7 : 10);
}
