/**
 * Makes jobs matchable after they are created or changed: occupations inferred, text embedded
 * into job_embeddings (skipped when unchanged), and the vector index told (upsert for new
 * vectors, refresh for changed filter fields such as a closed status).
 */
import type { MatchingContext } from './matching-context';
import { embedJobs } from './embeddings/embed-jobs';
import { refreshJobOccupations } from './refresh-occupations';

export interface PreparedJobs {
  occupations: number;
  embedded: number;
  indexDegraded: boolean;
}

export async function prepareJobsForMatching(mc: MatchingContext, jobIds: readonly string[]): Promise<PreparedJobs> {
  const occupations = await refreshJobOccupations(mc.db, jobIds);
  const embedded = await embedJobs(mc.db, jobIds, mc.embedding);
  const indexed = await mc.withIndex(async (index) => {
    if (embedded.length) await index.upsert(embedded);
    await index.refresh(jobIds);
  });
  return { occupations, embedded: embedded.length, indexDegraded: indexed.degraded };
}
