import { env } from '@/env';
import { logger } from '@/server/logger';
import { createCache } from './create-cache';
import type { Cache } from './types';

export type { Cache, RemoteStore } from './types';
export { createCache, type CacheConfig } from './create-cache';
export { LayeredCache, type LayeredCacheOptions } from './layered-cache';

// One per process, kept on globalThis: Next dev hot reload re-evaluates modules and would
// otherwise open a new Redis connection on every edit.
const globalForCache = globalThis as unknown as { __gmjCache?: Cache };

/** The process-wide cache, created on first use from the environment. */
export function getCache(): Cache {
  globalForCache.__gmjCache ??= createCache(env, { log: logger.child({ component: 'cache' }) });
  return globalForCache.__gmjCache;
}
