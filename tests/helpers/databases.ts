/**
 * Test databases. Every suite gets its own: an in-memory PGlite (with pgvector),
 * and a fresh database on the real PostgreSQL server (givemejobs_test_<random>),
 * dropped afterwards.
 *
 * TEST_POSTGRES_URL points at a server database to connect through for CREATE/DROP
 * (default postgres://postgres@127.0.0.1:5432/postgres). When that server is not
 * reachable the PostgreSQL mode is skipped with a warning, unless REQUIRE_POSTGRES=1
 * (CI sets it), in which case the run fails.
 */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { connectPglite, connectPostgres } from '@/server/db/connect';
import { runMigrations } from '@/server/db/migrate';
import type { DatabaseHandle, DatabaseMode } from '@/server/db/types';

const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REQUIRE_POSTGRES = process.env.REQUIRE_POSTGRES === '1';

export interface TestDatabase extends DatabaseHandle {
  /** Closes the connection and drops the database. */
  destroy: () => Promise<void>;
}

async function postgresReachable(): Promise<boolean> {
  const sql = postgres(ADMIN_URL, { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    await sql`SELECT 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

/** The modes this run covers; call at the top of a test file. */
export async function availableModes(): Promise<DatabaseMode[]> {
  if (await postgresReachable()) return ['pglite', 'postgres'];
  if (REQUIRE_POSTGRES) throw new Error(`REQUIRE_POSTGRES=1 but PostgreSQL is not reachable at ${ADMIN_URL}`);
  console.warn(`PostgreSQL not reachable at ${ADMIN_URL}: running the PGlite mode only.`);
  return ['pglite'];
}

export async function createTestDatabase(mode: DatabaseMode): Promise<TestDatabase> {
  if (mode === 'pglite') {
    const handle = await connectPglite('memory://');
    await runMigrations(handle);
    return { ...handle, destroy: handle.close };
  }
  const name = `givemejobs_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const handle = await connectPostgres(url.toString(), { max: 4 });
  await runMigrations(handle);
  return {
    ...handle,
    destroy: async () => {
      await handle.close();
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end({ timeout: 5 });
    },
  };
}
