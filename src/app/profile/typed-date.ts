/**
 * Dates as the profile's forms take them. Resumes print years or months ("2014–2016", "Mar 2019"),
 * and the profile keeps a day per date, so a typed start is its period's first day and a typed end
 * its last: "2016" to "2016" is a year, and an end never falls before the start it equals.
 */
import { lastDayOf, parsePartialDate } from '@/lib/partial-date';

/** What a date field of the profile's forms takes. */
export const DATE_HINT = 'e.g. 2019, Mar 2019 or 2019-03-14';

/** "2016", "2016-06" or "2016-06-15" as typed -> the stored day; "" -> null; other text goes on for the schema to name. */
export function typedPeriodDate(text: unknown, side: 'start' | 'end'): string | null {
  const t = typeof text === 'string' ? text.trim() : '';
  const parsed = parsePartialDate(t);
  if (parsed === null) return null;
  if (parsed === undefined) return t;
  return side === 'start' ? parsed.date : lastDayOf(parsed);
}
