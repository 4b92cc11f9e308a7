/**
 * A fresh clone's first `npm run dev` with nothing configured: prepare-dev starts a process that
 * creates and seeds the embedded database beside `next dev`, and the server holds its requests
 * until that process is done, without opening the folder (one process at a time), then adds the
 * sample seekers and makes the jobs matchable after its first page. Driven here with the real
 * scripts, a real PGlite folder and the server's own start-up module.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { count, eq, like } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';

const dir = path.join(mkdtempSync(path.join(tmpdir(), 'gmj-first-start-')), 'pglite');
// Read once by src/env.ts, at first import: set before anything imports it.
process.env.PGLITE_DIR = dir;
process.env.NODE_ENV = 'development';
delete process.env.DATABASE_URL;

const opened = () => (globalThis as unknown as { __gmjDb?: unknown }).__gmjDb !== undefined;

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('first start of the embedded database under npm run dev', () => {
  let close: (() => Promise<void>) | undefined;
  afterAll(async () => {
    await close?.();
  });

  it('is seeded by its own process while the server waits, then prepared by the server', async () => {
    // Until it exits, as the shell's `&&` waits (its output stays open: the seeder shares it).
    const prepareDev = spawn(process.execPath, ['--import', 'tsx', 'scripts/prepare-dev.ts'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    prepareDev.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    expect(await new Promise((resolve) => prepareDev.on('exit', resolve))).toBe(0);
    expect(stdout).toContain('created and seeded beside the server');
    const { seederLockPath, seederState } = await import('@/server/db/seeder-lock');
    // prepare-dev has exited, leaving the seeder running: `next dev` starts now.
    expect(existsSync(seederLockPath(dir))).toBe(true);
    expect(seederState(dir)).toBe('running');

    const { takeUpEmbeddedDatabase } = await import('@/server/services/matching/first-start');
    const { preparationStatus } = await import('@/server/services/matching/preparation-status');
    const { getDatabase } = await import('@/server/db');
    takeUpEmbeddedDatabase(dir);
    expect(preparationStatus().phase).toBe('preparing');
    const request = getDatabase();
    await new Promise((r) => setTimeout(r, 300));
    expect(seederState(dir)).toBe('running');
    expect(opened()).toBe(false);

    const handle = await request;
    close = handle.close;
    expect(existsSync(seederLockPath(dir))).toBe(false);
    const { jobs, users } = await import('@/server/db/schema');
    const { SEED_SOURCE } = await import('@/server/services/seed/jobs');
    const { SAMPLE_SEEKER_DOMAIN } = await import('@/server/services/seed/sample-seekers');
    const { DEMO_USERS } = await import('@/server/services/seed/users');
    const seedJobs = async () =>
      (await handle.db.select({ n: count() }).from(jobs).where(eq(jobs.source, SEED_SOURCE)))[0]?.n;
    const sampleSeekers = async () =>
      (
        await handle.db
          .select({ n: count() })
          .from(users)
          .where(like(users.email, `%@${SAMPLE_SEEKER_DOMAIN}`))
      )[0]?.n;
    expect(await seedJobs()).toBe(2000);
    expect(await sampleSeekers()).toBe(0);
    const demo = await handle.db
      .select({ email: users.email })
      .from(users)
      .where(like(users.email, '%@givemejobs.dev'));
    expect(demo.map((u) => u.email).sort()).toEqual(
      Object.values(DEMO_USERS)
        .map((u) => u.email)
        .sort(),
    );
    // Nothing is prepared before the first page has been sent.
    await new Promise((r) => setTimeout(r, 500));
    expect(preparationStatus().phase).toBe('preparing');

    const { notePageRendered } = await import('@/server/services/matching/first-page-signal');
    notePageRendered();
    await until(() => preparationStatus().phase !== 'preparing', 240_000);
    expect(preparationStatus().phase).toBe('ready');
    expect(preparationStatus().total).toBeGreaterThan(1800);
    expect(await sampleSeekers()).toBe(300);
    expect(await seedJobs()).toBe(2000);
  }, 300_000);
});
