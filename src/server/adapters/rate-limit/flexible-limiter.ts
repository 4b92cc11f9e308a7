/**
 * rate-limiter-flexible over Redis (REDIS_URL) or in process. The Redis limiter carries an
 * in-memory insurance limiter: with Redis down, limits still hold per instance instead of
 * failing open or refusing everyone.
 */
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RateLimiter, RateLimitPolicy, RateLimitResult } from './types';

type Factory = (policy: RateLimitPolicy) => RateLimiterAbstract;

function flexibleLimiter(factory: Factory, description: string): RateLimiter {
  const limiters = new Map<string, RateLimiterAbstract>();
  const limiterFor = (policy: RateLimitPolicy) => {
    const key = `${policy.name}:${policy.points}:${policy.durationSeconds}`;
    let limiter = limiters.get(key);
    if (!limiter) {
      limiter = factory(policy);
      limiters.set(key, limiter);
    }
    return limiter;
  };
  return {
    description,
    async consume(policy, key): Promise<RateLimitResult> {
      try {
        const res = await limiterFor(policy).consume(key, 1);
        return { allowed: true, retryAfterSeconds: 0, remaining: res.remainingPoints };
      } catch (err) {
        // Refusals are signalled by rejecting with a RateLimiterRes; anything else is a store error,
        // which the insurance limiter has already absorbed — so it is a bug: fail open, not shut.
        if (err instanceof RateLimiterRes) {
          return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(err.msBeforeNext / 1000)), remaining: 0 };
        }
        return { allowed: true, retryAfterSeconds: 0, remaining: policy.points };
      }
    },
    async reset(policy, key) {
      await limiterFor(policy)
        .delete(key)
        .catch(() => false);
    },
  };
}

export const memoryRateLimiter = (): RateLimiter =>
  flexibleLimiter(
    (p) => new RateLimiterMemory({ keyPrefix: `rl:${p.name}`, points: p.points, duration: p.durationSeconds }),
    'in-process',
  );

export const redisRateLimiter = (client: Redis): RateLimiter =>
  flexibleLimiter(
    (p) =>
      new RateLimiterRedis({
        storeClient: client,
        keyPrefix: `gmj:rl:${p.name}`,
        points: p.points,
        duration: p.durationSeconds,
        insuranceLimiter: new RateLimiterMemory({
          keyPrefix: `rl:${p.name}`,
          points: p.points,
          duration: p.durationSeconds,
        }),
      }),
    'redis (in-process insurance)',
  );
