import { env } from '@/env';
import { logger } from '@/server/logger';
import { APP_POOL_RECOVERY, connectPglite, connectPostgres } from './connect';
import { databaseHold } from './hold';
import { runMigrations } from './migrate';
import type { DatabaseHandle } from './types';

export type { Database, DbOrTx, Transaction } from './types';
export { holdDatabaseUntil } from './hold';

// One handle per process: Next dev hot reload re-evaluates modules, and a PGlite
// folder can be held by one instance only.
const globalForDb = globalThis as unknown as { __gmjDb?: Promise<DatabaseHandle> };

/**
 * The process database for requests. While a fresh embedded database is being seeded
 * (holdDatabaseUntil), requests wait for the seed: a half-seeded page would be wrong. They wait
 * before opening it: on a fresh clone's first start another process holds the folder until its
 * seed is in (db/seeder-lock.ts), and a PGlite folder can be open in one process only.
 */
export async function getDatabase(): Promise<DatabaseHandle> {
  const hold = databaseHold();
  if (hold) await hold;
  return openProcessDatabase();
}

/** The process database without waiting for a hold: for the work that holds it. */
export function openProcessDatabase(): Promise<DatabaseHandle> {
  if (globalForDb.__gmjDb) return globalForDb.__gmjDb;
  const opening = (async () => {
    if (env.DATABASE_URL) {
      const handle = await connectPostgres(env.DATABASE_URL, {
        ...APP_POOL_RECOVERY,
        preparedStatements: !env.POSTGRES_NO_PREPARED_STATEMENTS,
      });
      logger.info({ mode: handle.mode, vector: handle.hasVector }, 'database adapter selected');
      return handle;
    }
    const handle = await connectPglite(env.PGLITE_DIR);
    // The embedded database has no deploy step: bring its schema up to date on open (idempotent).
    // On failure the folder is released, so that the next attempt can open it again.
    await runMigrations(handle).catch(async (err: unknown) => {
      await handle.close().catch(() => {});
      throw err;
    });
    logger.info({ mode: handle.mode, vector: handle.hasVector, dir: env.PGLITE_DIR }, 'database adapter selected');
    return handle;
  })();
  // A database that is down at startup must not stay "down" for the life of the process: forget
  // the failed attempt so the next request tries again (callers answer 503 meanwhile).
  opening.catch(() => {
    if (globalForDb.__gmjDb === opening) globalForDb.__gmjDb = undefined;
  });
  globalForDb.__gmjDb = opening;
  return opening;
}
