/**
 * A database outage must not sign anyone out. next-auth's /api/auth/session clears the cookie
 * whenever the jwt callback throws, so the app's auth route answers 503 + Retry-After instead
 * when the check failed for an outage, and leaves the cookie alone; a revoked token is still
 * refused once the database answers. Real next-auth (core, JWT encode/decode, our callbacks),
 * the real route wrapper, and a real outage: PostgreSQL behind a TCP relay that the test cuts.
 */
import { randomBytes } from 'node:crypto';
import { getServerSession, type NextAuthOptions } from 'next-auth';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withSignInThrottle } from '@/server/auth/credentials-route';
import { requestSession } from '@/server/auth/request-session';
import { readSession, sessionTokenFrom } from '@/server/auth/session-reader';
import { connectPostgres } from '@/server/db/connect';
import { runMigrations } from '@/server/db/migrate';
import type { DatabaseHandle } from '@/server/db/types';
import { endAllSessions } from '@/server/services/users/end-sessions';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { availableModes } from './helpers/databases';
import { signInToken, TEST_SECRET, testAuthOptions } from './helpers/auth';
import { signUpUser } from './helpers/factories';
import { startTcpProxy, type TcpProxy } from './helpers/tcp-proxy';

const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const hasPostgres = (await availableModes()).includes('postgres');
const PASSWORD = 'Evaluation!2026x';
const SESSION_COOKIE = 'next-auth.session-token';

/**
 * next-auth's app-router handler reads cookies through next/headers, which needs Next's request
 * scope; this does what it does with the Request's own cookies: the session action of next-auth's
 * core (through getServerSession), its cookies turned into Set-Cookie headers.
 */
function sessionRoute(options: NextAuthOptions) {
  return async (req: Request): Promise<Response> => {
    const cookies = Object.fromEntries(
      (req.headers.get('cookie') ?? '')
        .split(/;\s*/)
        .filter(Boolean)
        .map((c) => {
          const at = c.indexOf('=');
          return [c.slice(0, at), c.slice(at + 1)];
        }),
    );
    const setCookies: string[] = [];
    const res = {
      getHeader: () => undefined,
      setHeader: (name: string, value: string | string[]) => {
        if (name.toLowerCase() === 'set-cookie') setCookies.push(...([] as string[]).concat(value));
      },
    };
    const body = await getServerSession(
      { headers: { host: 'localhost:3000' }, cookies } as never,
      res as never,
      options,
    );
    const headers = new Headers({ 'content-type': 'application/json' });
    for (const c of setCookies) headers.append('set-cookie', c);
    return new Response(JSON.stringify(body ?? {}), { status: 200, headers });
  };
}

const clearsSession = (res: Response) =>
  res.headers
    .getSetCookie()
    .some((c) => c.startsWith(`${SESSION_COOKIE}=;`) || /max-age=0|expires=thu, 01 jan 1970/i.test(c));

describe.skipIf(!hasPostgres)('session lookups during a database outage', () => {
  let proxy: TcpProxy;
  let admin: postgres.Sql;
  let dbName: string;
  let handle: DatabaseHandle;
  let route: (req: Request) => Promise<Response>;

  const session = (jwt: string) =>
    route(new Request('http://localhost:3000/api/auth/session', { headers: { cookie: `${SESSION_COOKIE}=${jwt}` } }));

  beforeAll(async () => {
    const url = new URL(ADMIN_URL);
    proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
    admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
    dbName = `givemejobs_test_${randomBytes(6).toString('hex')}`;
    await admin.unsafe(`CREATE DATABASE ${dbName}`);
    url.port = String(proxy.port);
    url.pathname = `/${dbName}`;
    handle = await connectPostgres(url.toString(), { max: 1 });
    await runMigrations(handle);
    const options = testAuthOptions(handle.db);
    const wrapped = withSignInThrottle(sessionRoute(options), { db: () => Promise.resolve(handle.db) });
    route = (req) => wrapped(req, {});
  }, 120_000);

  afterAll(async () => {
    await proxy?.restore();
    await drainWorkflows();
    await handle?.close();
    await proxy?.close();
    await admin?.unsafe(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin?.end({ timeout: 5 });
  });

  it('answers 503 + Retry-After and keeps the cookie while the database is down; the session works again after', async () => {
    const u = await signUpUser(handle.db, { password: PASSWORD });
    const jwt = await signInToken(testAuthOptions(handle.db), { email: u.email, password: PASSWORD });
    const before = await session(jwt);
    expect(before.status).toBe(200);
    expect(((await before.json()) as { user?: { id: string } }).user?.id).toBe(u.id);

    await proxy.cut();
    const during = await session(jwt);
    expect(during.status).toBe(503);
    expect(Number(during.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(clearsSession(during)).toBe(false);
    expect(await during.text()).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|postgres/i);

    await proxy.restore();
    let after = await session(jwt);
    for (let i = 0; i < 100 && after.status !== 200; i += 1) {
      await new Promise((r) => setTimeout(r, 100));
      after = await session(jwt);
    }
    expect(after.status).toBe(200);
    expect(((await after.json()) as { user?: { id: string } }).user?.id).toBe(u.id);
  }, 60_000);

  it('tells an API request whose session check met the outage so, even once the database is back', async () => {
    // The tRPC route reads the session, then opens the database: by then PostgreSQL may answer
    // again, and a missing session must not be taken for a signed-out caller (they got 401).
    const u = await signUpUser(handle.db, { password: PASSWORD });
    const options = testAuthOptions(handle.db);
    const jwt = await signInToken(options, { email: u.email, password: PASSWORD });
    const cookie = `${SESSION_COOKIE}=${jwt}`;
    // The app's reader (what the tRPC route uses) and next-auth's own route must both tell.
    const readers = {
      app: () =>
        readSession(sessionTokenFrom([{ name: SESSION_COOKIE, value: jwt }]), {
          secret: TEST_SECRET,
          db: () => Promise.resolve(handle.db),
        }),
      nextAuth: () =>
        getServerSession(
          { headers: { host: 'localhost:3000' }, cookies: { [SESSION_COOKIE]: jwt } } as never,
          { getHeader: () => undefined, setHeader: () => undefined } as never,
          options,
        ),
    };

    for (const [name, read] of Object.entries(readers)) {
      expect((await requestSession(cookie, read)).session?.user?.id, name).toBe(u.id);
      await proxy.cut();
      const during = await requestSession(cookie, read);
      await proxy.restore();
      expect(during, name).toEqual({ session: null, databaseDown: true });
      // Back: the next lookup answers again.
      for (let i = 0; i < 100 && !(await requestSession(cookie, read)).session; i += 1)
        await new Promise((r) => setTimeout(r, 100));
    }
    // No cookie, nothing read: an anonymous call is never taken for an outage.
    expect(await requestSession(null, () => Promise.reject(new Error('read without a cookie')))).toEqual({
      session: null,
      databaseDown: false,
    });
  }, 60_000);

  it('still refuses a revoked token (and clears its cookie) once the database answers', async () => {
    const u = await signUpUser(handle.db, { password: PASSWORD });
    const jwt = await signInToken(testAuthOptions(handle.db), { email: u.email, password: PASSWORD });
    await endAllSessions(handle.db, u.id);
    const res = await session(jwt);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({});
    expect(clearsSession(res)).toBe(true);
  });
});
