import { env } from '@/env';
import { getEmbeddingModel } from '@/server/adapters/ai/embedding-model';
import type { Database } from '@/server/db';
import { logger } from '@/server/logger';
import { createVectorIndex, type EmbeddingSpace } from './create-index';
import type { VectorIndex } from './types';
import { runDegradable, type VectorOutcome } from './with-vector-index';

export { createVectorIndex, databaseHasPgvector, type EmbeddingSpace, type VectorConfig } from './create-index';
export { HnswIndex, type HnswOptions } from './hnsw-index';
export { PgvectorIndex, type PgvectorOptions } from './pgvector-index';
export { PineconeVectorIndex, type PineconeIndexConfig } from './pinecone-index';
export type { VectorOutcome } from './with-vector-index';
export * from './types';

const log = logger.child({ component: 'vectors' });

// One per process and embedding space, on globalThis: Next dev hot reload re-evaluates modules
// and would otherwise build the in-process index again on every edit.
// Keyed by database too: tests (and scripts) open several databases in one process, and an
// index built over one must never answer for another.
const globalForVectors = globalThis as unknown as {
  __gmjVectorIndexes?: WeakMap<Database, Map<string, Promise<VectorIndex>>>;
};

/** The process-wide vector index for the configured embedding model, chosen on first use. */
export function getVectorIndex(db: Database, space: EmbeddingSpace = getEmbeddingModel()): Promise<VectorIndex> {
  const byDb = (globalForVectors.__gmjVectorIndexes ??= new WeakMap<Database, Map<string, Promise<VectorIndex>>>());
  let indexes = byDb.get(db);
  if (!indexes) {
    indexes = new Map<string, Promise<VectorIndex>>();
    byDb.set(db, indexes);
  }
  const forDb = indexes;
  const key = `${space.id}:${space.dimensions}`;
  let index = indexes.get(key);
  if (!index) {
    index = createVectorIndex(db, { id: space.id, dimensions: space.dimensions }, env, log);
    // A failed choice (database down at boot) is tried again on the next call.
    index.catch(() => forDb.delete(key));
    indexes.set(key, index);
  }
  return index;
}

/**
 * `use` the process's vector index, or `{ degraded: true }` when it fails: the caller then falls
 * back to structured scoring (see with-vector-index.ts).
 */
export function withVectorIndex<T>(
  db: Database,
  use: (index: VectorIndex) => Promise<T>,
  space?: EmbeddingSpace,
): Promise<VectorOutcome<T>> {
  return runDegradable(() => getVectorIndex(db, space), use, log);
}
