/**
 * "registered nurse" -> "registered OR nurse": the fallback a search takes when no job holds
 * every word (search-jobs.ts). Only for plain words: a quoted phrase, an OR or an exclusion is
 * the user's own logic and is left alone. null when there is nothing to relax (one word).
 */
const OPERATOR = /["]|(^|\s)-\S|\bOR\b/;

export function anyOfWords(keywords: string): string | null {
  if (OPERATOR.test(keywords)) return null;
  const words = keywords.split(/\s+/).filter(Boolean);
  return words.length >= 2 ? words.join(' OR ') : null;
}
