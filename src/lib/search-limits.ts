/**
 * How long the search page's text boxes may be: shared by the criteria schema (validators/search.ts)
 * and the search form, which checks before sending, without loading zod on the page's first load.
 */
export const SEARCH_KEYWORDS_MAX = 200;
export const SEARCH_LOCATION_MAX = 200;

/** The message for a box over its limit, or null; the count is of what would be sent (trimmed). */
export function tooLong(label: 'search' | 'location', value: string): string | null {
  const max = label === 'search' ? SEARCH_KEYWORDS_MAX : SEARCH_LOCATION_MAX;
  const n = value.trim().length;
  return n > max ? `Keep the ${label} under ${max} characters (this has ${n.toLocaleString('en-US')}).` : null;
}
