/**
 * Job texts tokenized once per process: every match list scores a few hundred jobs, and the same
 * jobs come back request after request. Keyed by the job id and a hash of the text, so an edited
 * job is tokenized afresh (and the stale entry ages out). The words behind each term (for the
 * explanation) are found on first use and kept with them.
 */
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { jobTerms } from './lexical';
import { surfaceMap } from './surface-words';
import { tokenize } from './tokenize';

export interface CachedJobTerms {
  counts: Map<string, number>;
  length: number;
  /** term -> the first word of the text that gives it; built on first use. */
  surface: () => ReadonlyMap<string, string>;
}

/** Bounded by distinct terms held (about 100 bytes each, twice with the words): some 400 MB at most. */
const cache = new LRUCache<string, CachedJobTerms>({
  maxSize: 2_000_000,
  sizeCalculation: (t) => t.counts.size + 1,
});

export function cachedJobTerms(id: string, text: string): CachedJobTerms {
  const key = `${id}:${createHash('sha1').update(text).digest('base64url')}`;
  let terms = cache.get(key);
  if (!terms) {
    const { counts, length } = jobTerms(tokenize(text));
    let surface: ReadonlyMap<string, string> | undefined;
    terms = { counts, length, surface: () => (surface ??= surfaceMap(text)) };
    cache.set(key, terms);
  }
  return terms;
}
