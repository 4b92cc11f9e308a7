/**
 * next-auth as the app configures it (buildAuthOptions), on a test database, and the real
 * session lookup: getServerSession decodes the cookie's JWT and runs our jwt callback.
 */
import { getServerSession, type NextAuthOptions } from 'next-auth';
import { encode } from 'next-auth/jwt';
import { devMailboxMailer } from '@/server/adapters/mail';
import { memoryRateLimiter, type RateLimiter } from '@/server/adapters/rate-limit';
import { buildAuthOptions } from '@/server/auth/build-options';
import type { Database } from '@/server/db';
import { readSession, sessionTokenFrom } from '@/server/auth/session-reader';

export const TEST_SECRET = 'test-secret-for-session-tokens-0123456789abcdef';
export const APP_URL = 'http://localhost:3000';

/** Each test configuration's database, for the reader's side of sessionFor. */
const databaseOf = new WeakMap<NextAuthOptions, Database>();

export function testAuthOptions(db: Database, limiter: RateLimiter = memoryRateLimiter()): NextAuthOptions {
  const options = buildAuthOptions({
    secret: TEST_SECRET,
    db: () => Promise.resolve(db),
    limiter: () => limiter,
    mailer: () => devMailboxMailer(() => Promise.resolve(db)),
    appUrl: APP_URL,
  });
  databaseOf.set(options, db);
  return options;
}

interface Authorize {
  options: { authorize: (credentials: unknown, req: { headers: Record<string, string> }) => Promise<unknown> };
}

/** Signs in through the credentials provider and returns the session cookie's JWT, as next-auth would issue it. */
export async function signInToken(
  options: NextAuthOptions,
  credentials: { email: string; password: string },
  headers: Record<string, string> = {},
): Promise<string> {
  const provider = options.providers[0] as unknown as Authorize;
  const user = await provider.options.authorize(credentials, { headers });
  if (!user) throw new Error('sign-in failed');
  const token = await options.callbacks!.jwt!({ token: {}, user } as Parameters<
    NonNullable<NonNullable<NextAuthOptions['callbacks']>['jwt']>
  >[0]);
  return encode({ token, secret: TEST_SECRET });
}

/**
 * The session a request carrying this token gets, through next-auth's own session route; the
 * app's own reader (auth/session-reader.ts, what pages and the API use) must agree with it on
 * every token a test presents.
 */
export async function sessionFor(options: NextAuthOptions, jwt: string) {
  const req = { headers: { host: 'localhost:3000' }, cookies: { 'next-auth.session-token': jwt } };
  const res = { getHeader() {}, setCookie() {}, setHeader() {} };
  const session = await getServerSession(req as never, res as never, options);
  const db = databaseOf.get(options);
  if (db) {
    const read = await readSession(sessionTokenFrom([{ name: 'next-auth.session-token', value: jwt }]), {
      secret: TEST_SECRET,
      db: () => Promise.resolve(db),
    });
    const expected = session?.user
      ? { id: session.user.id, role: session.user.role, sessionId: session.sessionId ?? null }
      : null;
    const actual = read ? { id: read.user.id, role: read.user.role, sessionId: read.sessionId ?? null } : null;
    if (JSON.stringify(actual) !== JSON.stringify(expected))
      throw new Error(
        `session reader disagrees with next-auth: ${JSON.stringify(actual)} vs ${JSON.stringify(expected)}`,
      );
  }
  return session;
}
