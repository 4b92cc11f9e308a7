/**
 * Index terms are stemmed ("develop" for "developer"); people read words. For each wanted term,
 * the first word of the text that tokenizes to it, as the text spells it.
 */
import { tokenize } from './tokenize';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}+#.]*/gu;

export function surfaceWords(text: string, terms: readonly string[], limit: number): string[] {
  const wanted = new Set(terms.slice(0, limit * 2));
  const found = new Map<string, string>();
  for (const m of text.matchAll(WORD)) {
    if (found.size === wanted.size) break;
    const word = m[0].replace(/\.+$/, '');
    const [term] = tokenize(word);
    if (term && wanted.has(term) && !found.has(term)) found.set(term, word);
  }
  return terms.flatMap((t) => found.get(t) ?? []).slice(0, limit);
}
