/**
 * Picks the vector index from configuration and the database, once: Pinecone when configured,
 * else pgvector when the database has (or may create) the extension, else the in-process index.
 */
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Env } from '@/env';
import type { Database } from '@/server/db';
import type { Logger } from '@/server/logger';
import { HnswIndex } from './hnsw-index';
import { PgvectorIndex } from './pgvector-index';
import { PineconeVectorIndex } from './pinecone-index';
import { rowsOf } from './rows';
import type { VectorIndex } from './types';

/** What an index needs to know of the embedding model: vectors record both. */
export interface EmbeddingSpace {
  id: string;
  dimensions: number;
}

export type VectorConfig = Pick<Env, 'PINECONE_API_KEY' | 'PINECONE_INDEX' | 'PINECONE_NAMESPACE' | 'NODE_ENV'> & {
  /** Where the in-process index keeps its snapshot (DATA_DIR/vectors); unset: no snapshot. */
  DATA_DIR?: string;
};

/** Installed, or installable by this role (CREATE EXTENSION fails without the privilege). */
export async function databaseHasPgvector(db: Database): Promise<boolean> {
  const [row] = rowsOf<{ installed: boolean; available: boolean }>(
    await db.execute(sql`
      SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'vector') AS installed,
             EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'vector') AS available`),
  );
  if (row?.installed) return true;
  if (!row?.available) return false;
  try {
    await db.execute(sql`CREATE EXTENSION IF NOT EXISTS vector`);
    return true;
  } catch {
    return false;
  }
}

/**
 * Which database a snapshot was taken of: its name and oid (a database dropped and created again
 * under the same name gets another). Snapshots of two databases must never be taken for each
 * other: loading a 200,000-job snapshot for a small database is correct after the catch-up, but
 * costs the catch-up, and the small one saved back would cost the big one its snapshot. Tests
 * (NODE_ENV=test, a database per suite) keep none.
 */
async function databaseKey(db: Database): Promise<string> {
  const [row] = rowsOf<{ name: string; oid: number | string }>(
    await db.execute(sql`SELECT current_database() AS name, oid FROM pg_database WHERE datname = current_database()`),
  );
  return `${row?.name ?? 'db'}-${row?.oid ?? 0}`.replace(/[^A-Za-z0-9._-]+/g, '_');
}

export async function createVectorIndex(
  db: Database,
  space: EmbeddingSpace,
  config: VectorConfig,
  log: Logger,
): Promise<VectorIndex> {
  let index: VectorIndex;
  if (config.PINECONE_API_KEY && config.PINECONE_INDEX) {
    index = new PineconeVectorIndex(db, space.id, space.dimensions, {
      apiKey: config.PINECONE_API_KEY,
      indexName: config.PINECONE_INDEX,
      namespacePrefix: config.PINECONE_NAMESPACE ?? config.NODE_ENV,
    });
  } else {
    if (config.PINECONE_API_KEY) log.warn('PINECONE_API_KEY is set without PINECONE_INDEX: Pinecone is off');
    index = (await databaseHasPgvector(db))
      ? new PgvectorIndex(db, space.id, space.dimensions)
      : new HnswIndex(db, space.id, space.dimensions, {
          log,
          ...(config.DATA_DIR && config.NODE_ENV !== 'test'
            ? { snapshotDir: path.join(config.DATA_DIR, 'vectors', await databaseKey(db)) }
            : {}),
        });
  }
  log.info({ vectors: index.kind, model: space.id, dimensions: space.dimensions }, 'vector index selected');
  return index;
}
