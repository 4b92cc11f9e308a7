import type { Logger } from '@/server/logger';
import { createIoRedisStore } from './ioredis-store';
import { LayeredCache, type LayeredCacheOptions } from './layered-cache';
import type { Cache, RemoteStore } from './types';
import { createUpstashStore } from './upstash-store';

export interface CacheConfig {
  REDIS_URL?: string | undefined;
  UPSTASH_REDIS_REST_URL?: string | undefined;
  UPSTASH_REDIS_REST_TOKEN?: string | undefined;
}

/**
 * Picks the shared layer from configuration: REDIS_URL (ioredis, TCP) first, then Upstash
 * (HTTP), else none (in-process LRU only). Logged once, as every adapter choice is.
 */
export function createCache(
  config: CacheConfig,
  opts: { log: Logger } & Omit<LayeredCacheOptions, 'remote' | 'log'>,
): Cache {
  let remote: RemoteStore | null = null;
  if (config.REDIS_URL) {
    remote = createIoRedisStore({ url: config.REDIS_URL, log: opts.log });
  } else if (config.UPSTASH_REDIS_REST_URL && config.UPSTASH_REDIS_REST_TOKEN) {
    remote = createUpstashStore({
      url: config.UPSTASH_REDIS_REST_URL,
      token: config.UPSTASH_REDIS_REST_TOKEN,
      log: opts.log,
    });
  } else if (config.UPSTASH_REDIS_REST_URL) {
    opts.log.warn('UPSTASH_REDIS_REST_URL is set without UPSTASH_REDIS_REST_TOKEN: the shared cache is off');
  }
  const cache = new LayeredCache({ ...opts, remote });
  opts.log.info({ cache: cache.description }, 'cache adapter selected');
  return cache;
}
