import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { vector } from '@electric-sql/pglite-pgvector';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { observePglite, observePostgres } from '@/server/observability/sql-tracing';
import { withPreparedStatements } from './prepared-statements';
import { withReservedTransactions } from './reserved-transaction';
import * as schema from './schema';
import type { Database, DatabaseHandle } from './types';
import { markEmbedded } from './embedded';

export interface PostgresPoolOptions {
  max?: number;
  /** Seconds before a reconnect after the n-th failed attempt (postgres.js `backoff`). */
  backoff?: (attempt: number) => number;
  /** Seconds to wait for a connection before failing (postgres.js `connect_timeout`). */
  connectTimeout?: number;
  /**
   * Prepare statements with parameters (prepared-statements.ts); default true. The app's callers
   * pass POSTGRES_NO_PREPARED_STATEMENTS in (not read here: importing the environment from this
   * module would parse it before a test or script has set DATABASE_URL).
   */
  preparedStatements?: boolean;
}

/**
 * The app's pool through an outage. postgres.js's default backoff grows to 20 s, and a request
 * arriving meanwhile waits for that reconnect: minutes-long outages meant 20 s answers and up to
 * 20 s of 503s after the server was back. Capped at 2 s, a request is answered 503 promptly and
 * the pool is back within ~2 s of the server; a connect that hangs (a dropped route rather than a
 * refused port) fails after 5 s, not 30.
 */
export const APP_POOL_RECOVERY = {
  backoff: (attempt: number) => Math.min(0.1 * 2 ** attempt, 2),
  connectTimeout: 5,
} as const satisfies PostgresPoolOptions;

/** Opens PostgreSQL through postgres.js (its reconnect defaults unless given). */
export async function connectPostgres(url: string, opts: PostgresPoolOptions = {}): Promise<DatabaseHandle> {
  const max = opts.max ?? 10;
  const prepare = opts.preparedStatements ?? true;
  const raw = postgres(url, {
    max,
    onnotice: () => {},
    ...(opts.backoff ? { backoff: opts.backoff } : {}),
    ...(opts.connectTimeout ? { connect_timeout: opts.connectTimeout } : {}),
    // Prepared statements keep custom plans, as unnamed ones had (prepared-statements.ts).
    ...(prepare ? { connection: { plan_cache_mode: 'force_custom_plan' } } : {}),
  });
  // Transactions that survive their connection dying (reserved-transaction.ts says why), with
  // Drizzle's statements prepared (prepared-statements.ts).
  const client = withReservedTransactions(prepare ? withPreparedStatements(raw) : raw);
  // Spans, latency and pool usage for every statement (observability/sql-tracing.ts).
  const observed = observePostgres(client, max);
  const db = drizzlePostgres(observed.client, { schema }) as unknown as Database;
  let row: { available: boolean } | undefined;
  try {
    [row] = await client<{ available: boolean }[]>`
      SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'vector') AS available`;
  } catch (err) {
    // The caller retries with a new client (db/index.ts): this one must not keep reconnecting.
    observed.release();
    await client.end({ timeout: 0 }).catch(() => {});
    throw err;
  }
  return {
    db,
    mode: 'postgres',
    hasVector: row?.available ?? false,
    close: () => {
      observed.release();
      return client.end({ timeout: 5 });
    },
  };
}

/** Opens embedded PGlite (a folder, or `memory://`) with pgvector and pg_trgm loaded. */
export async function connectPglite(dataDir: string): Promise<DatabaseHandle> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir, { extensions: { vector, pg_trgm } });
  await client.exec('CREATE EXTENSION IF NOT EXISTS vector; CREATE EXTENSION IF NOT EXISTS pg_trgm;');
  const observed = observePglite(client);
  const db = drizzlePglite(observed.client, { schema }) as unknown as Database;
  markEmbedded(db);
  return {
    db,
    mode: 'pglite',
    hasVector: true,
    close: () => {
      observed.release();
      return client.close();
    },
  };
}
