import { Redis } from 'ioredis';
import { env } from '@/env';
import { logger } from '@/server/logger';
import { memoryRateLimiter, redisRateLimiter } from './flexible-limiter';
import type { RateLimiter } from './types';
import { upstashRateLimiter } from './upstash-limiter';

export type { RateLimiter, RateLimitPolicy, RateLimitResult } from './types';
export { memoryRateLimiter, redisRateLimiter } from './flexible-limiter';

const globalForLimiter = globalThis as unknown as { __gmjRateLimiter?: RateLimiter };

/** Same choice as the cache: REDIS_URL, then Upstash, else in-process (one instance only). */
function createRateLimiter(): RateLimiter {
  if (env.REDIS_URL) {
    const client = new Redis(env.REDIS_URL, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      commandTimeout: 250,
      connectTimeout: 1_000,
      retryStrategy: (times) => Math.min(times * 250, 5_000),
    });
    // Outages are absorbed by the insurance limiter; the cache adapter already logs Redis state.
    client.on('error', () => {});
    return redisRateLimiter(client);
  }
  if (env.UPSTASH_REDIS_REST_URL && env.UPSTASH_REDIS_REST_TOKEN) {
    return upstashRateLimiter({ url: env.UPSTASH_REDIS_REST_URL, token: env.UPSTASH_REDIS_REST_TOKEN });
  }
  return memoryRateLimiter();
}

export function getRateLimiter(): RateLimiter {
  if (!globalForLimiter.__gmjRateLimiter) {
    globalForLimiter.__gmjRateLimiter = createRateLimiter();
    logger.info({ rateLimiter: globalForLimiter.__gmjRateLimiter.description }, 'rate limiter selected');
  }
  return globalForLimiter.__gmjRateLimiter;
}
