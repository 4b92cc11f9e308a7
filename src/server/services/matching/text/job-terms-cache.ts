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

const cache = new LRUCache<string, JobTerms>({ max: 20_000 });

export function cachedJobTerms(id: string, text: string): JobTerms {
  const key = `${id}:${createHash('sha1').update(text).digest('base64url')}`;
  let terms = cache.get(key);
  if (!terms) {
    terms = jobTerms(tokenize(text));
    cache.set(key, terms);
  }
  return terms;
}
