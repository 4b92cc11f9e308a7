/**
 * Wraps next-auth's route handler so that a throttled password sign-in answers HTTP 429 with
 * Retry-After and a JSON message, instead of next-auth's 401 with the reason in a redirect URL.
 * Two ways to be throttled, both answered the same:
 * - before next-auth runs, when the (account, address) or the account is already held back
 *   (a read; nothing is counted, the password is not checked);
 * - from inside authorize (the per-address window, or a race), noted through sign-in-attempt.ts.
 * It also answers a session lookup that failed because the database is down with 503 instead of
 * next-auth's signed-out answer (session-outage.ts).
 */
import type { DbOrTx } from '@/server/db';
import { clientAddressFrom, UNKNOWN_ADDRESS } from '@/server/services/security/client-address';
import { waitText } from '@/server/services/security/rate-limits';
import { signInWaitSeconds } from '@/server/services/security/sign-in-throttle';
import { emailSchema } from '@/lib/validators/users';
import { isSessionRoute, runSessionLookup, sessionCheckUnavailable } from './session-outage';
import { runSignInAttempt } from './sign-in-attempt';

type RouteHandler<C> = (req: Request, ctx: C) => Promise<Response>;

const CREDENTIALS_CALLBACK = /\/api\/auth\/callback\/credentials\/?$/;

/**
 * The email a credentials POST names (form or JSON body, as next-auth reads it), or null; and
 * whether it carries a second-factor code, which may lift a hold (services/account/mfa-past-lock.ts).
 */
async function postedEmail(req: Request): Promise<{ email: string | null; hasCode: boolean }> {
  const type = req.headers.get('content-type') ?? '';
  let raw: { email?: unknown; code?: unknown } | null = null;
  try {
    if (type.includes('application/x-www-form-urlencoded'))
      raw = Object.fromEntries(new URLSearchParams(await req.text()));
    else if (type.includes('application/json')) raw = (await req.json()) as typeof raw;
  } catch {
    return { email: null, hasCode: false }; // an unreadable body: next-auth refuses it on its own
  }
  const parsed = emailSchema.safeParse(raw?.email);
  const hasCode = typeof raw?.code === 'string' && raw.code.trim() !== '';
  return { email: parsed.success ? parsed.data : null, hasCode };
}

export function tooManySignIns(req: Request, retryAfterSeconds: number): Response {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return Response.json(
    {
      error: 'RATE_LIMITED',
      message: `Too many sign-in attempts. Try again in ${waitText(seconds)}, or use the unlock link sent to the account's email.`,
      retryAfterSeconds: seconds,
      // next-auth's client reads `url`; this one carries no reason.
      url: new URL('/sign-in', req.url).toString(),
    },
    { status: 429, headers: { 'retry-after': String(seconds), 'cache-control': 'no-store' } },
  );
}

export function withSignInThrottle<C>(
  handler: RouteHandler<C>,
  deps: { db: () => Promise<DbOrTx>; now?: () => Date },
): RouteHandler<C> {
  return async (req, ctx) => {
    // Not a sign-in, but next-auth's route has one wrapper: see session-outage.ts.
    if (isSessionRoute(req)) {
      const { result, databaseDown } = await runSessionLookup(() => handler(req, ctx));
      return databaseDown ? sessionCheckUnavailable() : result;
    }
    if (req.method !== 'POST' || !CREDENTIALS_CALLBACK.test(new URL(req.url).pathname)) return handler(req, ctx);
    const { email, hasCode } = await postedEmail(req.clone());
    // With a code, authorize decides: a right one gets the owner through the hold.
    if (email && !hasCode) {
      const address = clientAddressFrom(req.headers) ?? UNKNOWN_ADDRESS;
      const wait = await signInWaitSeconds(await deps.db(), email, address, deps.now?.() ?? new Date());
      if (wait > 0) return tooManySignIns(req, wait);
    }
    const { result, retryAfterSeconds } = await runSignInAttempt(() => handler(req, ctx));
    return retryAfterSeconds === null ? result : tooManySignIns(req, retryAfterSeconds);
  };
}
