/**
 * Prepares every job of the benchmark database for matching through the production path, as
 * the app's backfill does: occupations inferred where missing (refresh-occupations.ts), then
 * embedded with the configured model (services/matching/embeddings/embed-jobs.ts: embedMany in
 * batches, job_embeddings rows with model id and content hash). Jobs already embedded with the
 * same model and text are skipped there, so a rerun only reads and hashes.
 */
import { asc, gt } from 'drizzle-orm';
import type { Database } from '@/server/db';
import { jobs } from '@/server/db/schema';
import type { EmbeddingChoice } from '@/server/services/matching/embeddings/embedding-choice';
import { embedJobs } from '@/server/services/matching/embeddings/embed-jobs';
import { refreshJobOccupations } from '@/server/services/matching/refresh-occupations';

const PAGE = 2_000;

export async function embedAllJobs(
  db: Database,
  model: EmbeddingChoice,
  log: (m: string) => void,
): Promise<{ embedded: number; seen: number; occupations: number; ms: number }> {
  const started = performance.now();
  let after = '00000000-0000-0000-0000-000000000000';
  let embedded = 0;
  let seen = 0;
  let occupations = 0;
  for (;;) {
    const page = await db
      .select({ id: jobs.id, occupationCode: jobs.occupationCode })
      .from(jobs)
      .where(gt(jobs.id, after))
      .orderBy(asc(jobs.id))
      .limit(PAGE);
    if (page.length === 0) break;
    const unclassified = page.filter((r) => r.occupationCode === null).map((r) => r.id);
    if (unclassified.length > 0) occupations += await refreshJobOccupations(db, unclassified);
    embedded += (
      await embedJobs(
        db,
        page.map((r) => r.id),
        model,
      )
    ).length;
    seen += page.length;
    after = page[page.length - 1]?.id ?? after;
    if (seen % 20_000 < PAGE) {
      const s = (performance.now() - started) / 1000;
      log(`${seen} jobs checked, ${occupations} given occupations, ${embedded} embedded (${s.toFixed(0)} s)`);
    }
  }
  return { embedded, seen, occupations, ms: performance.now() - started };
}
