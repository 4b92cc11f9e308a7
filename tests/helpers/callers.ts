import { createCaller } from '@/server/api/root';
import { createTRPCContext } from '@/server/api/trpc';
import { memoryRateLimiter, type RateLimiter } from '@/server/adapters/rate-limit';
import type { Database } from '@/server/db';
import type { UserRole } from '@/lib/validators/enums';

export interface CallerOptions {
  clientIp?: string | null;
  /** Each caller gets its own in-process limiter unless one is shared on purpose. */
  rateLimiter?: RateLimiter;
}

/** A caller as an anonymous visitor, or as a signed-in user (what next-auth's session would carry). */
export function callerFor(db: Database, user?: { id: string; role: UserRole }, opts: CallerOptions = {}) {
  return createCaller(
    createTRPCContext({
      db,
      session: user ? { user } : null,
      clientIp: opts.clientIp ?? null,
      rateLimiter: opts.rateLimiter ?? memoryRateLimiter(),
    }),
  );
}
