/**
 * The limits on actions worth abusing: guessing passwords, mass sign-ups, and resume parsing
 * (CPU-heavy: PDF and DOCX decoding). Fixed windows; the numbers leave a real person plenty.
 */
import type { RateLimiter, RateLimitPolicy } from '@/server/adapters/rate-limit';
import { AppError } from '@/server/errors';

export const RATE_LIMITS = {
  /** Per account (email): cleared by a successful sign-in. */
  signInPerAccount: { name: 'sign-in-account', points: 10, durationSeconds: 15 * 60 },
  /** Per client IP, across accounts (credential stuffing). */
  signInPerIp: { name: 'sign-in-ip', points: 50, durationSeconds: 15 * 60 },
  signUpPerIp: { name: 'sign-up-ip', points: 5, durationSeconds: 60 * 60 },
  resumeReadsPerUser: { name: 'resume-read', points: 30, durationSeconds: 60 * 60 },
} as const satisfies Record<string, RateLimitPolicy>;

const wait = (seconds: number): string => (seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`);

/**
 * Counts one action and throws RATE_LIMITED (HTTP 429) when over the limit, with a message a
 * person can act on. A null key (e.g. no client IP behind an unknown proxy) is not limited: one
 * shared "unknown" bucket would lock everybody out together.
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
    throw new AppError('RATE_LIMITED', `${tooMany} Try again in ${wait(result.retryAfterSeconds)}.`, {
      retryAfterSeconds: result.retryAfterSeconds,
    });
  }
}

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

/**
 * The client's address as the platform's proxy reports it (Vercel and most reverse proxies set
 * x-forwarded-for; the first entry is the client). Run without a proxy in front, this header can
 * be forged: then only the per-account limits protect sign-in.
 *
 * A loopback address is treated as unknown: it is either a local client (development, tests) or
 * a same-machine proxy that does not forward the address, where one bucket for everybody would
 * lock all sign-ups out together.
 */
export function clientIpFrom(headers: { get(name: string): string | null }): string | null {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  const ip = forwarded || headers.get('x-real-ip')?.trim();
  return ip && ip.length <= 64 && !LOOPBACK.test(ip) ? ip : null;
}
