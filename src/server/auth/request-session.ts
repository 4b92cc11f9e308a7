/**
 * The session of an API request, read once. Without a session cookie there is none to read
 * (next-auth would still build its options and run its callbacks on every anonymous call). When
 * the check failed because the database did not answer, `databaseDown` says so: the caller
 * answers 503, since probing the database afterwards (it may be back by then) would tell a
 * signed-in caller to sign in again.
 */
import { runSessionLookup } from './session-outage';

/** next-auth's session cookie (plain, `__Secure-` on HTTPS, or split into `.0`, `.1` chunks). */
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token(?:\.\d+)?=/;

export const hasSessionCookie = (cookieHeader: string | null): boolean => SESSION_COOKIE.test(cookieHeader ?? '');

export async function requestSession<S>(
  cookieHeader: string | null,
  read: () => Promise<S | null>,
): Promise<{ session: S | null; databaseDown: boolean }> {
  if (!hasSessionCookie(cookieHeader)) return { session: null, databaseDown: false };
  const { result, databaseDown } = await runSessionLookup(read);
  return { session: databaseDown ? null : result, databaseDown };
}
