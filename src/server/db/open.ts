import { env } from '@/env';
import { connectPglite, connectPostgres } from './connect';
import { runMigrations } from './migrate';
import type { DatabaseHandle } from './types';

/**
 * For command-line scripts: opens DATABASE_URL (or the embedded database in
 * `pgliteDir`) and brings its schema up to date. Close the handle when done;
 * an embedded folder must not be open in two processes at once.
 */
export async function openMigratedDatabase(pgliteDir = env.PGLITE_DIR): Promise<DatabaseHandle> {
  const handle = env.DATABASE_URL
    ? await connectPostgres(env.DATABASE_URL, { max: 4, preparedStatements: !env.POSTGRES_NO_PREPARED_STATEMENTS })
    : await connectPglite(pgliteDir);
  await runMigrations(handle);
  return handle;
}
