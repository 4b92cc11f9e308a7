/**
 * Password sign-in with brute-force limits: per account (cleared on success) and per client IP.
 * next-auth's credentials provider calls this; it is separate so the limits are tested directly.
 */
import type { RateLimiter } from '@/server/adapters/rate-limit';
import type { DbOrTx } from '@/server/db';
import { RATE_LIMITS } from '../security/rate-limits';
import { verifyCredentials, type VerifiedUser } from './verify-credentials';

export type SignInOutcome =
  | { ok: true; user: VerifiedUser }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'rate_limited'; retryAfterSeconds: number };

const emailOf = (raw: unknown): string | null => {
  const email = (raw as { email?: unknown } | null | undefined)?.email;
  return typeof email === 'string' && email.trim() ? email.trim().toLowerCase() : null;
};

export async function signInWithLimits(
  db: DbOrTx,
  limiter: RateLimiter,
  credentials: unknown,
  clientIp: string | null,
): Promise<SignInOutcome> {
  const email = emailOf(credentials);
  // Both buckets are counted on every attempt, so a refused attempt costs the attacker too.
  const checks = await Promise.all([
    email ? limiter.consume(RATE_LIMITS.signInPerAccount, email) : null,
    clientIp ? limiter.consume(RATE_LIMITS.signInPerIp, clientIp) : null,
  ]);
  const refused = checks.filter((c) => c !== null && !c.allowed);
  if (refused.length > 0) {
    return {
      ok: false,
      reason: 'rate_limited',
      retryAfterSeconds: Math.max(...refused.map((c) => c?.retryAfterSeconds ?? 1)),
    };
  }
  const user = await verifyCredentials(db, credentials);
  if (!user) return { ok: false, reason: 'invalid' };
  if (email) await limiter.reset(RATE_LIMITS.signInPerAccount, email);
  return { ok: true, user };
}

/** The error string next-auth hands back to the sign-in form (it carries only a string). */
export const RATE_LIMITED_SIGN_IN = 'RATE_LIMITED';
