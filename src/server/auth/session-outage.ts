/**
 * Keeps a database outage from signing people out. next-auth's session route clears the session
 * cookie whenever our jwt callback throws, whatever the reason; an outage is not a reason to end
 * a session. The jwt callback notes the outage here (same async context) and rethrows; the route
 * wrapper then discards next-auth's answer, cookie-clearing included, and answers 503 +
 * Retry-After. A token that is revoked, or issued under an older session version, is refused as
 * before once the database answers: during the outage nothing is answered for it either way.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { RETRY_AFTER_SECONDS } from '@/server/services/health/database-outage';

interface SessionLookup {
  databaseDown: boolean;
}

const storage = new AsyncLocalStorage<SessionLookup>();

export async function runSessionLookup<T>(fn: () => Promise<T>): Promise<{ result: T; databaseDown: boolean }> {
  const lookup: SessionLookup = { databaseDown: false };
  const result = await storage.run(lookup, fn);
  return { result, databaseDown: lookup.databaseDown };
}

export function noteSessionCheckOutage(): void {
  const lookup = storage.getStore();
  if (lookup) lookup.databaseDown = true;
}

/** next-auth's session endpoint: GET reads the session, POST updates it (both run the jwt callback). */
export const isSessionRoute = (req: Request): boolean => /\/api\/auth\/session\/?$/.test(new URL(req.url).pathname);

export function sessionCheckUnavailable(): Response {
  return Response.json(
    {
      error: 'SERVICE_UNAVAILABLE',
      message: 'The service is temporarily unavailable. Please try again in a few seconds.',
      retryAfterSeconds: RETRY_AFTER_SECONDS,
    },
    { status: 503, headers: { 'retry-after': String(RETRY_AFTER_SECONDS), 'cache-control': 'no-store' } },
  );
}
