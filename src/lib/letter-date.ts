/** A cover letter's date as the letter prints it ("March 14, 2026"): the page preview and every export. */
const LONG = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

export function formatLetterDate(isoDate: string): string {
  return LONG.format(new Date(`${isoDate}T00:00:00Z`));
}
