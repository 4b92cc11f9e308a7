import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { vector } from '@electric-sql/pglite-pgvector';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema';
import type { Database, DatabaseHandle } from './types';

/** Opens PostgreSQL through postgres.js. */
export async function connectPostgres(url: string, opts: { max?: number } = {}): Promise<DatabaseHandle> {
  const client = postgres(url, { max: opts.max ?? 10, onnotice: () => {} });
  const db = drizzlePostgres(client, { schema }) as unknown as Database;
  let row: { available: boolean } | undefined;
  try {
    [row] = await client<{ available: boolean }[]>`
      SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'vector') AS available`;
  } catch (err) {
    // The caller retries with a new client (db/index.ts): this one must not keep reconnecting.
    await client.end({ timeout: 0 }).catch(() => {});
    throw err;
  }
  return {
    db,
    mode: 'postgres',
    hasVector: row?.available ?? false,
    close: () => client.end({ timeout: 5 }),
  };
}

/** Opens embedded PGlite (a folder, or `memory://`) with pgvector and pg_trgm loaded. */
export async function connectPglite(dataDir: string): Promise<DatabaseHandle> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir, { extensions: { vector, pg_trgm } });
  await client.exec('CREATE EXTENSION IF NOT EXISTS vector; CREATE EXTENSION IF NOT EXISTS pg_trgm;');
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  return { db, mode: 'pglite', hasVector: true, close: () => client.close() };
}
