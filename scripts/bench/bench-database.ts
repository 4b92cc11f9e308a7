/**
 * A throw-away database for one benchmark run: created on the real PostgreSQL server
 * (TEST_POSTGRES_URL's server, or the local one), migrated, handed to `run`, and dropped
 * afterwards whether the run succeeded or not, so benchmarks never measure or leave behind
 * anyone's data.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { connectPostgres } from '@/server/db/connect';
import type { Database } from '@/server/db';
import { runMigrations } from '@/server/db/migrate';
import { rowsOf } from '@/server/db/rows';

export interface BenchDatabase {
  db: Database;
  /** The server's version string, for the result's `machine` block. */
  postgresVersion: string;
}

export async function withBenchDatabase<T>(
  label: string,
  opts: { max: number },
  run: (bench: BenchDatabase) => Promise<T>,
): Promise<T> {
  const adminUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  const name = `givemejobs_bench_${label}_${randomBytes(4).toString('hex')}`;
  await admin.unsafe(`CREATE DATABASE ${name}`);
  try {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const handle = await connectPostgres(url.toString(), { max: opts.max });
    try {
      await runMigrations(handle);
      const { db } = handle;
      const [row] = rowsOf<{ v: string }>(await db.execute(sql`SELECT current_setting('server_version') AS v`));
      return await run({ db, postgresVersion: row?.v ?? '' });
    } finally {
      await handle.close();
    }
  } finally {
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end({ timeout: 5 });
  }
}
