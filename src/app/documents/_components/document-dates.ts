import type { DocumentDate } from '@/lib/validators/documents';

const MONTH = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** A profile date as precise as it is known: "Mar 2021", "2019", or nothing. */
export function formatDocumentDate(d: DocumentDate): string {
  if (!d.date || d.precision === 'unknown') return '';
  if (d.precision === 'year') return d.date.slice(0, 4);
  return MONTH.format(new Date(`${d.date}T00:00:00Z`));
}

/** "Mar 2021 – Present", "2017 – 2019", "" when nothing is known. */
export function formatDocumentRange(start: DocumentDate, end: DocumentDate, isCurrent: boolean): string {
  const from = formatDocumentDate(start);
  const to = isCurrent ? 'Present' : formatDocumentDate(end);
  if (from && to) return `${from} – ${to}`;
  return from || to;
}
