/**
 * Upstash Redis over HTTP, with @upstash/ratelimit (fixed window, the same semantics as the
 * others). If Upstash cannot be reached the in-process limiter answers instead.
 */
import { Ratelimit } from '@upstash/ratelimit';
import { Redis } from '@upstash/redis';
import { memoryRateLimiter } from './flexible-limiter';
import type { RateLimiter, RateLimitPolicy } from './types';

export function upstashRateLimiter(opts: { url: string; token: string }): RateLimiter {
  const redis = new Redis({ url: opts.url, token: opts.token });
  const fallback = memoryRateLimiter();
  const limiters = new Map<string, Ratelimit>();
  const limiterFor = (p: RateLimitPolicy) => {
    const key = `${p.name}:${p.points}:${p.durationSeconds}`;
    let limiter = limiters.get(key);
    if (!limiter) {
      limiter = new Ratelimit({
        redis,
        prefix: `gmj:rl:${p.name}`,
        limiter: Ratelimit.fixedWindow(p.points, `${p.durationSeconds} s`),
        timeout: 1_000,
      });
      limiters.set(key, limiter);
    }
    return limiter;
  };
  return {
    description: 'upstash (in-process fallback)',
    async consume(policy, key) {
      try {
        const res = await limiterFor(policy).limit(key);
        return {
          allowed: res.success,
          retryAfterSeconds: res.success ? 0 : Math.max(1, Math.ceil((res.reset - Date.now()) / 1000)),
          remaining: res.remaining,
        };
      } catch {
        return fallback.consume(policy, key);
      }
    },
    async reset(policy, key) {
      await limiterFor(policy)
        .resetUsedTokens(key)
        .catch(() => undefined);
      await fallback.reset(policy, key);
    },
  };
}
