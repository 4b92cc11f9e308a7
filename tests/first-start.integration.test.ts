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
Object.assign(process.env, { NODE_ENV: 'development' });
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
    // A failed run must not leave the seeder writing the temporary folder.
    const { seederPid } = await import('@/server/db/seeder-lock');
    const pid = seederPid(dir);
    if (pid !== undefined) process.kill(pid);
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

    const { startDevServerWork } = await import('@/server/services/matching/first-start');
    const { preparationStatus } = await import('@/server/services/matching/preparation-status');
    const { getDatabase } = await import('@/server/db');
    // What the route does once called (the route itself is tested below).
    const { startDevBackgroundWork } = await import('@/server/workflows/dev-background-work');
    const triggered: string[] = [];
    startDevServerWork({
      pgliteDir: dir,
      trigger: async (mode) => {
        triggered.push(mode);
        await startDevBackgroundWork(mode);
      },
      // Only the page below starts the preparation, however long opening the folder takes here.
      firstPageWaitMs: 600_000,
    });
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
    expect(triggered).toEqual([]);

    const { notePageRendered } = await import('@/server/services/matching/first-page-signal');
    notePageRendered();
    await until(() => preparationStatus().phase !== 'preparing', 240_000);
    expect(triggered).toEqual(['prepare']);
    expect(preparationStatus().phase).toBe('ready');
    expect(preparationStatus().total).toBeGreaterThan(1800);
    expect(await sampleSeekers()).toBe(300);
    expect(await seedJobs()).toBe(2000);
  }, 300_000);

  it('starts the background work through a route that answers only this process', async () => {
    const background = await import('@/app/api/dev/background/route');
    const { BACKGROUND_ROUTE, triggerBackgroundWork } = await import('@/server/workflows/background-trigger');
    const routes: Record<string, (request: Request) => Promise<Response>> = {
      [BACKGROUND_ROUTE]: background.POST,
    };
    // A real HTTP server in front of the route handler, standing in for `next dev`.
    const { createServer } = await import('node:http');
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const request = new Request(`http://localhost${req.url ?? '/'}`, {
          method: req.method,
          headers: req.headers as Record<string, string>,
          body: req.method === 'POST' ? Buffer.concat(chunks) : undefined,
        });
        const route = routes[req.url ?? ''];
        void (route ? route(request) : Promise.resolve(new Response(null, { status: 404 }))).then(async (response) => {
          res.writeHead(response.status);
          res.end(Buffer.from(await response.arrayBuffer()));
        });
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    try {
      // This process, with its token: started (the schedule only: nothing else is left to run).
      await expect(triggerBackgroundWork('schedule-only', origin)).resolves.toBeUndefined();
      // Anyone else, once the token exists: a wrong one of the same length, or none.
      const token = (globalThis as unknown as { __gmjBackgroundToken?: string }).__gmjBackgroundToken ?? '';
      expect(token).toHaveLength(64);
      const strangers: Record<string, string>[] = [{ 'x-background-token': 'f'.repeat(64) }, {}];
      for (const headers of strangers) {
        const stranger = await fetch(new URL(BACKGROUND_ROUTE, origin), {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ mode: 'schedule-only' }),
        });
        expect(stranger.status).toBe(404);
      }
      // A bad mode from the right caller is a 400, not a crash.
      const { BACKGROUND_TOKEN_HEADER } = await import('@/server/workflows/background-trigger');
      const bad = await fetch(new URL(BACKGROUND_ROUTE, origin), {
        method: 'POST',
        headers: { 'content-type': 'application/json', [BACKGROUND_TOKEN_HEADER]: token },
        body: JSON.stringify({ mode: 'everything' }),
      });
      expect(bad.status).toBe(400);
      // Production servers never answer it, token or not.
      Object.assign(process.env, { NODE_ENV: 'production' });
      await expect(triggerBackgroundWork('schedule-only', origin)).rejects.toThrow('answered 404');
    } finally {
      Object.assign(process.env, { NODE_ENV: 'development' });
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
