/**
 * The signed-in session of a request, read as next-auth's session route reads it — the cookie's
 * JWT decoded with next-auth's own `decode` (its key derivation, cipher, expiry and clock
 * tolerance; remembered per token, decoded-tokens.ts), then the same live check our jwt callback
 * runs (session-token.ts) — without the rest of that route. `getServerSession` also builds the
 * whole auth configuration, a CSRF token and a freshly encrypted token on every call, and in
 * server components and route handlers it cannot set that token anyway (README, Speed: what this
 * bought under load). The browser's own session refresh (/api/auth/session) still goes through
 * next-auth and keeps the token rolling. tests/helpers/auth.ts holds this reader equal to
 * next-auth's route on every session test.
 */
import type { JWT } from 'next-auth/jwt';
import type { SessionLike } from '@/server/api/trpc';
import type { DbOrTx } from '@/server/db';
import { logger } from '@/server/logger';
import { findDatabaseOutage, isDatabaseOutage } from '@/server/services/health/database-outage';
import { openSessionToken } from './decoded-tokens';
import { noteSessionCheckOutage } from './session-outage';
import { liveSessionUser } from './session-token';

/** next-auth's cookie names: `__Secure-` on HTTPS. Either carries a token only our secret opens. */
const COOKIE_NAMES = ['__Secure-next-auth.session-token', 'next-auth.session-token'] as const;

/** -1 for the whole cookie `base`, n for its chunk `base.n`, null for any other cookie. */
function chunkIndex(name: string, base: string): number | null {
  if (name === base) return -1;
  if (!name.startsWith(`${base}.`)) return null;
  const suffix = name.slice(base.length + 1);
  return /^\d+$/.test(suffix) ? Number(suffix) : null;
}

/**
 * The session token from the request's cookies. next-auth splits a large token into `name.0`,
 * `name.1`, … cookies; they are joined in order, as its SessionStore does.
 */
export function sessionTokenFrom(cookies: Iterable<{ name: string; value: string }>): string | null {
  const all = [...cookies];
  for (const base of COOKIE_NAMES) {
    const parts = all
      .map((c) => ({ value: c.value, index: chunkIndex(c.name, base) }))
      .filter((c): c is { value: string; index: number } => c.index !== null);
    if (parts.length === 0) continue;
    return parts
      .sort((a, b) => a.index - b.index)
      .map((c) => c.value)
      .join('');
  }
  return null;
}

export interface SessionReaderDeps {
  secret: string;
  db: () => Promise<DbOrTx>;
}

/**
 * The session the token stands for now, or null: no token, one that does not open or has
 * expired, or one the user has since ended (sign-out, password change, a session ended from the
 * account page). A database outage also reads as null, and is noted for the caller
 * (session-outage.ts) so the API answers 503 instead of "please sign in".
 */
export async function readSession(token: string | null, deps: SessionReaderDeps): Promise<SessionLike | null> {
  if (!token) return null;
  let claims: JWT | null;
  try {
    claims = await openSessionToken(token, deps.secret);
  } catch {
    return null; // altered, sealed under another secret, or expired: next-auth reads these as no session
  }
  if (!claims) return null;
  try {
    const live = await liveSessionUser(await deps.db(), claims);
    if (!live) return null;
    return {
      user: { id: live.id, role: live.role },
      sessionId: typeof claims.sid === 'string' ? claims.sid : null,
      checkedThisRequest: true,
    };
  } catch (err) {
    if (isDatabaseOutage(err)) {
      noteSessionCheckOutage();
      logger.warn({ outage: findDatabaseOutage(err) }, 'session check: database unavailable');
    } else logger.error({ err }, 'session check failed'); // as next-auth's route: no session
    return null;
  }
}
