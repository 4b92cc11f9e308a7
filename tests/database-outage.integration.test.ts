/**
 * A real database outage: the app's PostgreSQL connection goes through a TCP relay that the test
 * cuts (open connections drop, new ones are refused) and restores. Calls during the outage answer
 * 503 with Retry-After and no internal detail; once the relay is back the same process answers
 * 200 again, with nothing restarted. /api/health stays 200 throughout; /api/ready follows the
 * database.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { availableModes } from './helpers/databases';
import { createRelayedDatabase, type RelayedDatabase } from './helpers/relayed-database';
import type { TcpProxy } from './helpers/tcp-proxy';
import { trpcGet, trpcPost, wire } from './helpers/trpc-http';

vi.mock('@/server/auth/session', () => ({ getSession: () => Promise.resolve(null) }));

const hasPostgres = (await availableModes()).includes('postgres');

type Handler = (req: Request) => Promise<Response>;
const INTERNAL_TEXT = /ECONNREFUSED|CONNECTION_|127\.0\.0\.1|postgres|stack|\bat [\w.<>]+ \(/i;

describe.skipIf(!hasPostgres)('database outage through the real route', () => {
  let relayed: RelayedDatabase | undefined;
  let proxy: TcpProxy;
  let route: { GET: Handler; POST: Handler };
  let health: { GET: () => Response | Promise<Response> };
  let ready: { GET: () => Promise<Response> };
  let closeDb: () => Promise<void>;

  const listJobs = () => trpcGet(route.GET, 'jobs.list', { page: 1 });

  beforeAll(async () => {
    relayed = await createRelayedDatabase();
    proxy = relayed.proxy;
    // The app reads DATABASE_URL once, at import: point it through the relay before importing.
    process.env.DATABASE_URL = relayed.url;
    const { getDatabase } = await import('@/server/db');
    const { runMigrations } = await import('@/server/db/migrate');
    const handle = await getDatabase();
    await runMigrations(handle);
    closeDb = handle.close;
    route = await import('@/app/api/trpc/[trpc]/route');
    health = await import('@/app/api/health/route');
    ready = await import('@/app/api/ready/route');
  }, 120_000);

  afterAll(async () => {
    await proxy?.restore();
    await closeDb?.();
    await relayed?.drop();
  });

  it('answers 503 with Retry-After during the outage and recovers by itself', async () => {
    expect((await listJobs()).status).toBe(200);
    expect((await ready.GET()).status).toBe(200);

    await proxy.cut();
    const query = await listJobs();
    const queryText = await query.text();
    expect(query.status).toBe(503);
    expect(Number(query.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(queryText).not.toMatch(INTERNAL_TEXT);
    const body = JSON.parse(queryText) as { error: { json: { message: string; data: { code: string } } } };
    expect(body.error.json.data.code).toBe('SERVICE_UNAVAILABLE');
    expect(body.error.json.message).toMatch(/temporarily unavailable/i);

    const signUp = await trpcPost(
      route.POST,
      'users.signUp',
      JSON.stringify(
        wire({
          email: `outage.${Date.now()}@example.com`,
          password: 'Str0ng!Passw0rd',
          firstName: 'Out',
          lastName: 'Age',
        }),
      ),
    );
    expect(signUp.status).toBe(503);
    expect(signUp.headers.get('retry-after')).toBeTruthy();
    expect(await signUp.text()).not.toMatch(INTERNAL_TEXT);

    // A signed-in caller: next-auth re-reads the user on every use of the token, which fails
    // during the outage, so getSession answers null (as mocked here) while the cookie is present.
    // That is an outage too, not "please sign in".
    const signedIn = await route.GET(
      new Request('http://localhost:3000/api/trpc/users.me', { headers: { cookie: 'next-auth.session-token=eyJ.x.y' } }),
    );
    expect(signedIn.status).toBe(503);
    expect(signedIn.headers.get('retry-after')).toBeTruthy();

    const readiness = await ready.GET();
    const readinessText = await readiness.text();
    expect(readiness.status).toBe(503);
    expect(readiness.headers.get('retry-after')).toBeTruthy();
    expect(readinessText).not.toMatch(INTERNAL_TEXT);
    expect(JSON.parse(readinessText)).toMatchObject({
      status: 'unavailable',
      components: { database: { status: 'down' } },
    });
    expect((await health.GET()).status).toBe(200);

    await proxy.restore();
    const restored = performance.now();
    let status = 0;
    while (performance.now() - restored < 15_000) {
      status = (await listJobs()).status;
      if (status === 200) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const seconds = (performance.now() - restored) / 1000;
    expect(status).toBe(200);
    expect((await ready.GET()).status).toBe(200);
    console.info(`database outage: 503 + Retry-After while cut; 200 again ${seconds.toFixed(2)} s after restore`);
  });

  it('answers promptly through an outage that clients keep polling, and is back within seconds of the server', async () => {
    expect((await listJobs()).status).toBe(200);
    await proxy.cut();
    // Each failed reconnect lengthens the pool's backoff: with postgres.js's default (up to 20 s)
    // these calls made the pool wait ~20 s after the server was back, and later calls wait that long.
    let slowest = 0;
    const cutAt = performance.now();
    while (performance.now() - cutAt < 4_000) {
      const started = performance.now();
      expect((await listJobs()).status).toBe(503);
      slowest = Math.max(slowest, performance.now() - started);
      await new Promise((r) => setTimeout(r, 100));
    }
    await proxy.restore();
    const restored = performance.now();
    let status = 0;
    while (status !== 200 && performance.now() - restored < 25_000) {
      status = (await listJobs()).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 100));
    }
    const seconds = (performance.now() - restored) / 1000;
    console.info(`polled outage: slowest 503 ${Math.round(slowest)} ms; 200 again ${seconds.toFixed(2)} s after restore`);
    expect(status).toBe(200);
    expect(slowest).toBeLessThan(3_000);
    expect(seconds).toBeLessThan(4);
  }, 60_000);
});
