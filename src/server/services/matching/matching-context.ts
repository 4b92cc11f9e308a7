/**
 * What the matching services run with: the database, the embedding model and the vector index.
 * Production takes the configured ones; tests pass the same real adapters, or an index that is
 * down to exercise degradation.
 */
import { getEmbeddingModel } from '@/server/adapters/ai/embedding-model';
import { withVectorIndex, type VectorIndex, type VectorOutcome } from '@/server/adapters/vectors';
import type { Database } from '@/server/db';
import type { EmbeddingChoice } from './embeddings/embedding-choice';

export interface MatchingContext {
  db: Database;
  embedding: EmbeddingChoice;
  /** Runs `use` against the vector index, or reports it degraded (never throws). */
  withIndex<T>(use: (index: VectorIndex) => Promise<T>): Promise<VectorOutcome<T>>;
}

export function matchingContext(db: Database, overrides: Partial<Omit<MatchingContext, 'db'>> = {}): MatchingContext {
  const embedding = overrides.embedding ?? getEmbeddingModel();
  return {
    db,
    embedding,
    withIndex: overrides.withIndex ?? ((use) => withVectorIndex(db, use, embedding)),
  };
}
