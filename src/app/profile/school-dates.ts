/* How a degree's stored dates read back: resumes print them by year ("2014–2016"). */

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
