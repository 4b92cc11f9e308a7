/**
 * The import path over a pool of the real postings alone (no generated jobs): a database of their
 * own, every resume imported again and served by matching.forMe, BM25 built over the same pool.
 * A different setup from reading the real postings out of the mixed pool's ranking, not a finer
 * read-out of it: the candidates, the nearest-jobs vote and BM25's IDF all come from this pool.
 */
import type { JobFeatures, QueryFeatures } from './features';
import { runImportPath } from './import-path';
import { importPathReport } from './import-report';
import { realPostingIndices, type PoolJob } from './postings';
import { Rankers } from './rankers';
import type { ResumeQuery } from './resumes';

export async function realPoolReport(
  pool: readonly PoolJob[],
  features: readonly JobFeatures[],
  queries: readonly ResumeQuery[],
  queryFeatures: readonly QueryFeatures[],
  grades: readonly Uint8Array[],
  log: (line: string) => void,
) {
  const realIndex = realPostingIndices(pool);
  const realPool = realIndex.map((i) => pool[i]!);
  const realGrades = grades.map((g) => Uint8Array.from(realIndex, (i) => g[i] ?? 0));
  const rankers = new Rankers(realIndex.map((i) => features[i]!));
  const run = await runImportPath(realPool, [{ name: 'real_pool', queries }], log);
  return importPathReport(run.settings.real_pool!, queries, realGrades, realPool, (qi) => {
    const f = queryFeatures[qi];
    if (!f) throw new Error(`No features for query ${qi}`);
    return Float64Array.from(rankers.bm25Scores(f));
  });
}
