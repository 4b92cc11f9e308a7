/**
 * Job texts tokenized once per process: every match list scores a few hundred jobs, and the same
 * jobs come back request after request. Keyed by the job id and a hash of the text, so an edited
 * job is tokenized afresh (and the stale entry ages out).
 */
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { jobTerms } from './lexical';
import { tokenize } from './tokenize';

type JobTerms = ReturnType<typeof jobTerms>;

/** Bounded by distinct terms held (about 100 bytes each): ~2M terms, some 200 MB at most. */
const cache = new LRUCache<string, JobTerms>({ maxSize: 2_000_000, sizeCalculation: (t) => t.counts.size + 1 });

export function cachedJobTerms(id: string, text: string): JobTerms {
  const key = `${id}:${createHash('sha1').update(text).digest('base64url')}`;
  let terms = cache.get(key);
  if (!terms) {
    terms = jobTerms(tokenize(text));
    cache.set(key, terms);
  }
  return terms;
}
