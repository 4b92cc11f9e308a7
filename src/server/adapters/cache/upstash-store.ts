import { Redis } from '@upstash/redis';
import type { Logger } from '@/server/logger';
import { Availability } from './availability';
import type { RemoteStore } from './types';

export interface UpstashStoreOptions {
  url: string;
  token: string;
  log: Logger;
  /** A request slower than this is a miss (default 500 ms: HTTP to a managed region). */
  timeoutMs?: number;
}

/**
 * Upstash Redis over HTTP (serverless-friendly: no connection to keep). There are no connection
 * events, so after a failure the store is skipped for a few seconds, then probed by one request.
 */
export function createUpstashStore(opts: UpstashStoreOptions): RemoteStore {
  const health = new Availability(opts.log, 'upstash');
  const timeoutMs = opts.timeoutMs ?? 500;
  const client = new Redis({
    url: opts.url,
    token: opts.token,
    // The client's default retries 5 times with exponential backoff: seconds of stall per request.
    retry: false,
    signal: () => AbortSignal.timeout(timeoutMs),
    // Values are our own serialized strings; the client must hand them back untouched.
    automaticDeserialization: false,
    enableTelemetry: false,
  });

  const guard = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      const result = await run();
      health.markUp();
      return result;
    } catch (error) {
      health.markDown(error);
      throw error;
    }
  };

  return {
    kind: 'upstash',
    get available() {
      return health.usable;
    },
    get healthy() {
      return health.isUp;
    },
    get: (key) => guard(async () => (await client.get<string>(key)) ?? null),
    set: (key, value, ttlSeconds) => guard(async () => void (await client.set(key, value, { ex: ttlSeconds }))),
    del: (key) => guard(async () => void (await client.del(key))),
    incrBy: (key, by) => guard(() => client.incrby(key, by)),
    close: () => Promise.resolve(),
  };
}
