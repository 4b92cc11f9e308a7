/**
 * Index terms are stemmed ("developer" for "Developers"); people read words. For each term of a
 * text, the first word that tokenizes to it, as the text spells it.
 */
import { tokenize } from './tokenize';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}+#.]*/gu;

/** term -> its first spelling in the text. */
export function surfaceMap(text: string): Map<string, string> {
  const found = new Map<string, string>();
  const seen = new Set<string>();
  for (const m of text.matchAll(WORD)) {
    const word = m[0].replace(/\.+$/, '');
    const lower = word.toLowerCase();
    if (seen.has(lower)) continue;
    seen.add(lower);
    const [term] = tokenize(word);
    if (term && !found.has(term)) found.set(term, word);
  }
  return found;
}

/** The spellings of `terms` in the text (via its surface map), at most `limit`. */
export function surfaceWords(surface: ReadonlyMap<string, string>, terms: readonly string[], limit: number): string[] {
  return terms.flatMap((t) => surface.get(t) ?? []).slice(0, limit);
}
