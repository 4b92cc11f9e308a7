/**
 * The limits on actions worth abusing: guessing passwords, mass sign-ups, and resume parsing
 * (CPU-heavy: PDF and DOCX decoding). Fixed windows; the numbers leave a real person plenty.
 * Sign-in's per-account rules (exponential delay, unlock link) are in sign-in-throttle-policy.ts.
 */
import { env } from '@/env';
import type { RateLimiter, RateLimitPolicy } from '@/server/adapters/rate-limit';
import { AppError } from '@/server/errors';
import { clientAddressFrom, UNKNOWN_ADDRESS, type HeaderReader } from './client-address';

export const RATE_LIMITS = {
  /** Per client address, across accounts (credential stuffing). */
  signInPerIp: { name: 'sign-in-ip', points: env.SIGN_INS_PER_ADDRESS_PER_15_MIN, durationSeconds: 15 * 60 },
  signUpPerIp: { name: 'sign-up-ip', points: env.SIGN_UPS_PER_ADDRESS_PER_HOUR, durationSeconds: 60 * 60 },
  resumeReadsPerUser: { name: 'resume-read', points: 30, durationSeconds: 60 * 60 },
  /** Each checks the current password: a stolen session must not become a password oracle. */
  passwordChangesPerUser: { name: 'password-change', points: 10, durationSeconds: 60 * 60 },
  /** Unlock tokens are 256-bit; this only keeps a flood of bad ones off the database. */
  unlockLinksPerIp: { name: 'unlock-ip', points: 20, durationSeconds: 60 * 60 },
  /** Account features (services/account): each mails someone or checks a password or code. */
  verificationMailsPerUser: { name: 'verify-mail', points: 3, durationSeconds: 60 * 60 },
  passwordResetsPerIp: { name: 'reset-ip', points: 10, durationSeconds: 60 * 60 },
  /** Over it, no more mail goes to the address, but the answer stays the same (password-reset.ts). */
  passwordResetMailsPerAccount: { name: 'reset-account', points: 3, durationSeconds: 60 * 60 },
  accountLinksPerIp: { name: 'account-link-ip', points: 30, durationSeconds: 60 * 60 },
  /** Enrol, confirm, disable, delete: each checks the password or a code. */
  accountChecksPerUser: { name: 'account-check', points: 10, durationSeconds: 15 * 60 },
} as const satisfies Record<string, RateLimitPolicy>;

export const waitText = (seconds: number): string =>
  seconds < 90 ? `${seconds} second${seconds === 1 ? '' : 's'}` : `${Math.ceil(seconds / 60)} minutes`;

/**
 * Counts one action and throws RATE_LIMITED (HTTP 429) when over the limit, with a message a
 * person can act on. A null key means an in-process caller (a server component, a script), not a
 * network client: every HTTP request carries an address, UNKNOWN_ADDRESS at worst (clientIpFrom).
 */
export async function enforceRateLimit(
  limiter: RateLimiter,
  policy: RateLimitPolicy,
  key: string | null,
  tooMany: string,
): Promise<void> {
  if (key === null) return;
  const result = await limiter.consume(policy, key.toLowerCase());
  if (!result.allowed) {
    throw new AppError('RATE_LIMITED', `${tooMany} Try again in ${waitText(result.retryAfterSeconds)}.`, {
      retryAfterSeconds: result.retryAfterSeconds,
    });
  }
}

/**
 * The address key of an HTTP request for the tRPC route: the client's address under the
 * trusted-proxy rules (client-address.ts), or the shared UNKNOWN_ADDRESS bucket — never null,
 * so that a request whose address cannot be determined is limited, not let through.
 */
export const clientIpFrom = (headers: HeaderReader): string => clientAddressFrom(headers) ?? UNKNOWN_ADDRESS;

/**
 * Retry-After for an HTTP answer that failed with RATE_LIMITED: the longest wait any of its
 * errors asks for (tRPC's responseMeta gets the errors of a whole batch), or null.
 */
export function retryAfterSecondsOf(errors: readonly { cause?: unknown }[]): number | null {
  const waits = errors.flatMap((e) =>
    e.cause instanceof AppError &&
    e.cause.code === 'RATE_LIMITED' &&
    typeof e.cause.details?.retryAfterSeconds === 'number'
      ? [e.cause.details.retryAfterSeconds]
      : [],
  );
  return waits.length > 0 ? Math.max(...waits) : null;
}
