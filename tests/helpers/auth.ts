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

export const TEST_SECRET = 'test-secret-for-session-tokens-0123456789abcdef';
export const APP_URL = 'http://localhost:3000';

export function testAuthOptions(db: Database, limiter: RateLimiter = memoryRateLimiter()): NextAuthOptions {
  return buildAuthOptions({
    secret: TEST_SECRET,
    db: () => Promise.resolve(db),
    limiter: () => limiter,
    mailer: () => devMailboxMailer(() => Promise.resolve(db)),
    appUrl: APP_URL,
  });
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

/** The session a request carrying this token gets, through next-auth's own session route. */
export async function sessionFor(options: NextAuthOptions, jwt: string) {
  const req = { headers: { host: 'localhost:3000' }, cookies: { 'next-auth.session-token': jwt } };
  const res = { getHeader() {}, setCookie() {}, setHeader() {} };
  return getServerSession(req as never, res as never, options);
}
