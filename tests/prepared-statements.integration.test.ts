/**
 * Drizzle sends its queries unnamed, so PostgreSQL parsed and planned each one on every
 * execution (server/db/prepared-statements.ts). The app's pool prepares parameterized statements
 * once per connection, in and out of transactions, keeps custom plans, and leaves statements
 * without parameters (BEGIN, COMMIT, DDL) to the simple protocol. Real server, one connection, so
 * that pg_prepared_statements shows that connection's statements.
 */
import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterEach, describe, expect, it } from 'vitest';
import { connectPostgres } from '@/server/db/connect';
import { runMigrations } from '@/server/db/migrate';
import { users } from '@/server/db/schema';
import type { DatabaseHandle } from '@/server/db/types';
import { availableModes } from './helpers/databases';

const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const hasPostgres = (await availableModes()).includes('postgres');

function rowsOf<T>(result: unknown): T[] {
  return [...(result as Iterable<T>)];
}

async function preparedLike(handle: DatabaseHandle, fragment: string): Promise<number> {
  const [row] = rowsOf<{ n: number }>(
    await handle.db.execute(
      sql.raw(`SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement LIKE '%${fragment}%'`),
    ),
  );
  return row?.n ?? 0;
}

describe.skipIf(!hasPostgres)('prepared statements on PostgreSQL', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
  });

  /** A migrated database of its own, reached through the app's pool with one connection. */
  async function oneConnection(): Promise<DatabaseHandle> {
    const name = `givemejobs_test_${randomBytes(6).toString('hex')}`;
    const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${name}`);
    cleanups.push(async () => {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end({ timeout: 5 });
    });
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    const handle = await connectPostgres(url.toString(), { max: 1 });
    cleanups.push(() => handle.close());
    await runMigrations(handle);
    return handle;
  }

  it('prepares a parameterized query once and runs it again from the prepared statement', async () => {
    const handle = await oneConnection();
    const id = '00000000-0000-4000-8000-000000000001';
    for (let i = 0; i < 3; i++) {
      await handle.db.select({ id: users.id }).from(users).where(eq(users.id, id));
    }
    expect(await preparedLike(handle, 'from "users" where "users"."id" = $1')).toBe(1);
    const [mode] = rowsOf<{ plan_cache_mode: string }>(await handle.db.execute(sql.raw('SHOW plan_cache_mode')));
    expect(mode?.plan_cache_mode).toBe('force_custom_plan');
  });

  it('prepares inside transactions too, and the transaction still commits and rolls back', async () => {
    const handle = await oneConnection();
    await handle.db.transaction(async (tx) => {
      await tx.select({ id: users.id }).from(users).where(eq(users.email, 'a@example.test'));
    });
    await expect(
      handle.db.transaction(async (tx) => {
        await tx.execute(sql`CREATE TABLE scratch_rollback (id int)`);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    const [gone] = rowsOf<{ t: string | null }>(
      await handle.db.execute(sql.raw(`SELECT to_regclass('scratch_rollback')::text AS t`)),
    );
    expect(gone?.t).toBeNull();
    expect(await preparedLike(handle, 'where "users"."email" = $1')).toBe(1);
  });
});
