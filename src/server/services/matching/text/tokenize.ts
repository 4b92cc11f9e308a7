/**
 * The tokenizer of the ranking code (TF-IDF, BM25, occupation inference, the offline embedding
 * model): lowercase, diacritics removed, product names with symbols kept whole ("C++" -> "cpp",
 * "C#" -> "csharp", ".NET" -> "dotnet", "Node.js" -> "node", like plain "Node"), stopwords, numbers and one-letter
 * tokens dropped, then a light stem. It must stay stable: the shipped embedding model's
 * vocabulary was built with it (rebuild the model after changing it).
 */
import { stem } from './stem';
import { STOPWORDS } from './stopwords';

const COMBINING_MARKS = /\p{M}+/gu;
const NON_ASCII = /[^\x00-\x7f]/;
// Symbols that carry meaning in product names become letters before splitting on everything else.
// Each rule runs only when its marker occurs: this tokenizer sees every job at ingestion.
const SPECIAL: readonly (readonly [marker: string, pattern: RegExp, replacement: string])[] = [
  ['+', /c\+\+/g, ' cpp '],
  ['#', /\bc#/g, ' csharp '],
  ['#', /\bf#/g, ' fsharp '],
  ['.net', /(^|[^a-z0-9])\.net\b/g, '$1 dotnet '],
  ['.js', /\b([a-z]+)\.js\b/g, '$1'],
];
const SPLIT = /[^a-z0-9]+/;

/** Lowercase, accent-free text with the special product spellings rewritten. */
export function normalizeText(text: string): string {
  let t = (NON_ASCII.test(text) ? text.normalize('NFKD').replace(COMBINING_MARKS, '') : text).toLowerCase();
  for (const [marker, pattern, replacement] of SPECIAL) if (t.includes(marker)) t = t.replace(pattern, replacement);
  return t;
}

// Words repeat across texts: remembering their terms saves the stemming (bounded, then restarted).
const TERM_CACHE_LIMIT = 200_000;
const termCache = new Map<string, string | null>();

function computeTerm(word: string): string | null {
  if (word.length < 2 || STOPWORDS.has(word) || /^\d+$/.test(word)) return null;
  return stem(word);
}

/** Index terms of one word (already normalized), or null when it is not worth indexing. */
export function termOf(word: string): string | null {
  const cached = termCache.get(word);
  if (cached !== undefined) return cached;
  if (termCache.size >= TERM_CACHE_LIMIT) termCache.clear();
  const term = computeTerm(word);
  termCache.set(word, term);
  return term;
}

/** The terms of a text, in order, repeats kept (BM25 and term frequencies need them). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const word of normalizeText(text).split(SPLIT)) {
    const term = termOf(word);
    if (term) out.push(term);
  }
  return out;
}

/** Counts of each term. */
export function termCounts(terms: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}
