/**
 * A fresh database for a write run: created on the given server, migrated, seeded (jobs,
 * companies, the sample seekers whose applications the platform benchmarks average), plus one
 * seeker account per writer, each with its own jobs to save and apply to.
 */
import { and, eq, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { hashPassword } from '@/server/auth/password';
import { connectPostgres } from '@/server/db/connect';
import { runMigrations } from '@/server/db/migrate';
import { jobs, users } from '@/server/db/schema';
import type { DatabaseHandle } from '@/server/db/types';
import { seedDatabase } from '@/server/services/seed/run-seed';

export const WRITER_PASSWORD = 'Bench!Writer2026';

/** The server's URL with another database name. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function createDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = postgres(databaseUrl(serverUrl, 'postgres'), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.unsafe(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  return databaseUrl(serverUrl, name);
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const admin = postgres(databaseUrl(serverUrl, 'postgres'), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end({ timeout: 5 });
  }
}

export interface WriterAccount {
  userId: string;
  email: string;
  jobIds: string[];
}

/** Migrates and seeds `url`; `writers` accounts share the open jobs, `jobsFor(i)` for writer i. */
export async function prepareWriteDatabase(
  url: string,
  opts: { jobs: number; writers: number; jobsFor: (writer: number) => number; log: (m: string) => void },
): Promise<WriterAccount[]> {
  const handle: DatabaseHandle = await connectPostgres(url, { max: 4 });
  try {
    await runMigrations(handle);
    const { db } = handle;
    await seedDatabase(db, { jobs: opts.jobs, log: opts.log });
    await db.execute(sql`VACUUM (ANALYZE)`);
    const open = await db
      .select({ id: jobs.id })
      .from(jobs)
      .where(and(eq(jobs.status, 'open'), sql`${jobs.duplicateOf} IS NULL`))
      .orderBy(jobs.id);
    const counts = Array.from({ length: opts.writers }, (_, i) => opts.jobsFor(i));
    const starts = counts.map((_, i) => counts.slice(0, i).reduce((a, b) => a + b, 0));
    if (open.length < counts.reduce((a, b) => a + b, 0)) {
      opts.log(`only ${open.length} open jobs: writers share some (a repeated save changes nothing)`);
    }
    const passwordHash = await hashPassword(WRITER_PASSWORD);
    const rows = await db
      .insert(users)
      .values(
        Array.from({ length: opts.writers }, (_, i) => ({
          email: `writer-${i}@bench.givemejobs.dev`,
          passwordHash,
          firstName: 'Bench',
          lastName: `Writer ${i}`,
          role: 'seeker' as const,
          emailVerified: true,
          emailVerifiedAt: new Date(),
        })),
      )
      .returning({ id: users.id, email: users.email });
    return rows.map((r, i) => ({
      userId: r.id,
      email: r.email,
      jobIds: Array.from({ length: counts[i] ?? 0 }, (_, k) => open[((starts[i] ?? 0) + k) % open.length]?.id ?? ''),
    }));
  } finally {
    await handle.close();
  }
}
