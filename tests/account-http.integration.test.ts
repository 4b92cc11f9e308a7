/**
 * Account flows over HTTP on PostgreSQL: the password-reset request through the real /api/trpc
 * route (same status and body for an account's email and an unknown one), and two-step sign-in
 * through next-auth's own core (CSRF check, credentials callback, session cookie) behind the app's
 * sign-in route wrapper, as a browser drives it.
 */
import { randomBytes } from 'node:crypto';
import type { NextAuthOptions } from 'next-auth';
import NextAuth from 'next-auth';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SessionLike } from '@/server/api/trpc';
import type { totpCode } from '@/server/auth/mfa-totp';
import type { Database } from '@/server/db';
import type { callerFor } from './helpers/callers';
import type { signUpUser } from './helpers/factories';
import { availableModes } from './helpers/databases';
import { ORIGIN, trpcPost, wire } from './helpers/trpc-http';

const session = vi.hoisted(() => ({ current: null as SessionLike | null }));
vi.mock('@/server/auth/session', () => ({ getSession: () => Promise.resolve(session.current) }));

const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const hasPostgres = (await availableModes()).includes('postgres');
const PASSWORD = 'Str0ng!Passw0rd';

/**
 * next-auth's own handler (its API-route form: the app-router form reads cookies from Next's
 * request scope, which a test has not got), given the Request's method, path, cookies and form.
 */
function authRoute(options: NextAuthOptions) {
  return async (req: Request): Promise<Response> => {
    const url = new URL(req.url);
    const cookies = Object.fromEntries(
      (req.headers.get('cookie') ?? '')
        .split(/;\s*/)
        .filter(Boolean)
        // Next hands next-auth decoded cookie values.
        .map((c) => [c.slice(0, c.indexOf('=')), decodeURIComponent(c.slice(c.indexOf('=') + 1))]),
    );
    const body = req.method === 'POST' ? Object.fromEntries(new URLSearchParams(await req.text())) : undefined;
    const out = { status: 200, headers: new Headers(), body: '' };
    const res = {
      status(code: number) {
        out.status = code;
        return res;
      },
      getHeader: (name: string) =>
        name.toLowerCase() === 'set-cookie' ? out.headers.getSetCookie() : out.headers.get(name),
      setHeader(name: string, value: string | string[]) {
        out.headers.delete(name);
        for (const v of ([] as string[]).concat(value)) out.headers.append(name, v);
        return res;
      },
      end() {},
      send(b: unknown) {
        out.body = typeof b === 'string' ? b : JSON.stringify(b);
      },
      json(b: unknown) {
        out.headers.set('content-type', 'application/json');
        out.body = JSON.stringify(b);
      },
    };
    const query = {
      nextauth: url.pathname.replace(/^\/api\/auth\//, '').split('/'),
      ...Object.fromEntries(url.searchParams),
    };
    await NextAuth(
      { method: req.method, query, cookies, headers: Object.fromEntries(req.headers), body } as never,
      res as never,
      options,
    );
    return new Response(out.body || null, { status: out.status, headers: out.headers });
  };
}

/** A browser's cookie jar, enough for next-auth's cookies. */
class Jar {
  private cookies = new Map<string, string>();
  take(res: Response) {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const at = pair!.indexOf('=');
      const value = pair!.slice(at + 1);
      if (value === '' || /max-age=0/i.test(c)) this.cookies.delete(pair!.slice(0, at));
      else this.cookies.set(pair!.slice(0, at), value);
    }
  }
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  get(name: string) {
    return this.cookies.get(name);
  }
}

describe.skipIf(!hasPostgres)('account flows over HTTP on PostgreSQL', () => {
  const dbName = `givemejobs_test_${randomBytes(6).toString('hex')}`;
  let admin: postgres.Sql;
  let POST: (req: Request) => Promise<Response>;
  let auth: (req: Request) => Promise<Response>;
  let mods: {
    db: Database;
    close: () => Promise<void>;
    drain: () => Promise<void>;
    totpCode: typeof totpCode;
    signUpUser: typeof signUpUser;
    callerFor: typeof callerFor;
  };

  beforeAll(async () => {
    admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${dbName}`);
    const url = new URL(ADMIN_URL);
    url.pathname = `/${dbName}`;
    // The route opens the process database from the environment: this one, migrated first.
    process.env.DATABASE_URL = url.toString();
    const { connectPostgres } = await import('@/server/db/connect');
    const { runMigrations } = await import('@/server/db/migrate');
    const setup = await connectPostgres(url.toString(), { max: 1 });
    await runMigrations(setup);
    await setup.close();
    ({ POST } = await import('@/app/api/trpc/[trpc]/route'));
    const { getDatabase } = await import('@/server/db');
    const { withSignInThrottle } = await import('@/server/auth/credentials-route');
    const { testAuthOptions } = await import('./helpers/auth');
    const handle = await getDatabase();
    const route = withSignInThrottle(authRoute(testAuthOptions(handle.db)), { db: () => Promise.resolve(handle.db) });
    auth = (req) => route(req, {});
    mods = {
      db: handle.db,
      close: handle.close,
      drain: (await import('@/server/workflows/dispatch')).drainWorkflows,
      totpCode: (await import('@/server/auth/mfa-totp')).totpCode,
      signUpUser: (await import('./helpers/factories')).signUpUser,
      callerFor: (await import('./helpers/callers')).callerFor,
    };
  }, 120_000);
  afterAll(async () => {
    await mods?.drain();
    await mods?.close();
    await admin.unsafe(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end({ timeout: 5 });
  });

  it('POST account.requestPasswordReset: the same status and body for an account and for no account', async () => {
    const u = await mods.signUpUser(mods.db);
    const ask = (email: string) => trpcPost(POST, 'account.requestPasswordReset', JSON.stringify(wire({ email })));
    const known = await ask(u.email);
    const unknown = await ask(`nobody.${Date.now()}@example.com`);
    expect(known.status).toBe(200);
    expect(unknown.status).toBe(known.status);
    expect(await unknown.text()).toBe(await known.text());
  });

  const csrf = async (jar: Jar) => {
    const res = await auth(new Request(`${ORIGIN}/api/auth/csrf`, { headers: { cookie: jar.header() } }));
    jar.take(res);
    return ((await res.json()) as { csrfToken: string }).csrfToken;
  };
  const postCredentials = async (jar: Jar, fields: Record<string, string>) => {
    const csrfToken = await csrf(jar);
    const res = await auth(
      new Request(`${ORIGIN}/api/auth/callback/credentials`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          cookie: jar.header(),
          'user-agent': 'Test Browser',
        },
        body: new URLSearchParams({ ...fields, csrfToken, json: 'true' }),
      }),
    );
    jar.take(res);
    const body = (await res.json()) as { url?: string };
    return { status: res.status, error: body.url ? new URL(body.url).searchParams.get('error') : null };
  };
  const sessionOf = async (jar: Jar) => {
    const res = await auth(new Request(`${ORIGIN}/api/auth/session`, { headers: { cookie: jar.header() } }));
    jar.take(res);
    return (await res.json()) as { user?: { id: string }; sessionId?: string };
  };

  it('two-step sign-in through the credentials route: code asked for, wrong and replayed codes refused', async () => {
    const u = await mods.signUpUser(mods.db);
    const caller = mods.callerFor(mods.db, u);
    const { secret } = await caller.account.startMfa({ password: PASSWORD });
    await caller.account.confirmMfa({ code: mods.totpCode(secret, new Date(Date.now() - 30_000)) });

    const jar = new Jar();
    expect(await postCredentials(jar, { email: u.email, password: PASSWORD })).toEqual({
      status: 401,
      error: 'MFA_REQUIRED',
    });
    expect(await postCredentials(jar, { email: u.email, password: PASSWORD, code: '000000' })).toEqual({
      status: 401,
      error: 'MFA_INVALID',
    });
    expect(await sessionOf(jar)).toEqual({});
    const code = mods.totpCode(secret, new Date());
    expect(await postCredentials(jar, { email: u.email, password: PASSWORD, code })).toEqual({
      status: 200,
      error: null,
    });
    const signedIn = await sessionOf(jar);
    expect(signedIn.user?.id).toBe(u.id);
    expect(signedIn.sessionId).toMatch(/^[0-9a-f-]{36}$/);

    // The same code again, from another browser: refused.
    const thief = new Jar();
    expect(await postCredentials(thief, { email: u.email, password: PASSWORD, code })).toEqual({
      status: 401,
      error: 'MFA_INVALID',
    });

    // Ending this session from the account page (another device) signs this browser out.
    const sessions = await caller.account.sessions();
    expect(sessions.map((s) => s.userAgent)).toEqual(['Test Browser']);
    await caller.account.endSession({ id: signedIn.sessionId! });
    expect(await sessionOf(jar)).toEqual({});
  });
});
