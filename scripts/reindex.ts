/**
 * `npm run reindex`: rebuilds the configured vector index from job_embeddings (the truth), for
 * the configured embedding model: Pinecone (PINECONE_API_KEY + PINECONE_INDEX), else pgvector
 * where the database has it, else the in-process index. Prints the count and the time.
 *
 * The in-process index lives inside each server process: here it is built and saved as a
 * snapshot under DATA_DIR/vectors/<database> (~320 MB at 200,000 jobs of 256 dimensions), which a server
 * loads on start and brings up to date instead of building (~75 s at that size).
 * Jobs without an embedding are not embedded here; the embedding workflow does that, or
 * `npm run reindex -- --backfill` first: every open job not yet matchable gets its occupations
 * and embedding (what a fresh embedded database gets on its first `npm run dev`, and what a
 * PostgreSQL database seeded by `npm run db:seed` needs), then the seekers' stored matches are
 * refreshed.
 */
import { env } from '@/env';
import { getEmbeddingModel } from '@/server/adapters/ai/embedding-model';
import { createVectorIndex } from '@/server/adapters/vectors/create-index';
import { openMigratedDatabase } from '@/server/db/open';
import { logger } from '@/server/logger';
import { backfillMatching } from '@/server/services/matching/backfill';
import { matchingContext } from '@/server/services/matching/matching-context';

const handle = await openMigratedDatabase();
try {
  if (process.argv.includes('--backfill')) {
    console.log('Making every open job matchable (occupations, embeddings), then the stored matches…');
    const result = await backfillMatching(matchingContext(handle.db), {
      progress: (done, total) => total > 0 && console.log(`  ${done}/${total} jobs prepared`),
    });
    console.log(
      `${result.jobs} jobs prepared, occupations re-read for ${result.reread.jobs} jobs and ${result.reread.profiles} profiles, ${result.seekers} seekers rescored in ${(result.ms / 1000).toFixed(1)} s.`,
    );
  }
  const model = getEmbeddingModel();
  const index = await createVectorIndex(handle.db, { id: model.id, dimensions: model.dimensions }, env, logger);
  console.log(
    `Rebuilding the ${index.kind} index of ${model.id} (${model.dimensions} dimensions) from job_embeddings…`,
  );
  const { count, ms } = await index.rebuild();
  console.log(`${count} vectors indexed in ${(ms / 1000).toFixed(1)} s (${index.kind}).`);
  if (index.kind === 'hnsw')
    console.log(`Snapshot saved under ${env.DATA_DIR}/vectors/<database>: server processes start from it.`);
  await index.close();
} finally {
  await handle.close();
}
