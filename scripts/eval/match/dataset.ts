/** Queries and job pool of the matching evaluation, with the graded judgments between them. */
import { createHash } from 'node:crypto';
import { CATEGORY_OCCUPATIONS } from './category-occupations';
import { generateSeedPostings, loadRealPostings, type PoolJob } from './postings';
import { grade } from './relevance';
import { loadResumeQueries, type ResumeQuery } from './resumes';

export interface EvalData {
  queries: ResumeQuery[];
  /** In a fixed pseudo-random order, so ties in a ranking favour no source. */
  pool: PoolJob[];
  /** grades[q][j]: relevance of pool job j to query q. */
  grades: Uint8Array[];
}

const hashOrder = (id: string) => createHash('sha1').update(`pool-order:${id}`).digest('hex');

export function loadEvalData(): EvalData {
  const queries = loadResumeQueries();
  const pool = [...loadRealPostings(), ...generateSeedPostings(Object.values(CATEGORY_OCCUPATIONS).flat())]
    .map((p) => ({ p, key: hashOrder(p.job.id) }))
    .sort((a, b) => a.key.localeCompare(b.key))
    .map(({ p }) => p);
  const grades = queries.map((q) => Uint8Array.from(pool, (p) => grade(q.codes, p.code)));
  return { queries, pool, grades };
}
