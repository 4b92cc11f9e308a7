import { Redis } from 'ioredis';
import type { Logger } from '@/server/logger';
import { Availability } from './availability';
import type { RemoteStore } from './types';

export interface IoRedisStoreOptions {
  url: string;
  log: Logger;
  /** A cache read slower than this is a miss (default 250 ms). */
  commandTimeoutMs?: number;
  connectTimeoutMs?: number;
  /** Reconnection backs off to one attempt per this many ms (default 5,000). */
  maxReconnectDelayMs?: number;
}

/**
 * Redis over TCP. Tuned never to stall a request when Redis is down (ioredis' defaults queue
 * commands while disconnected and retry them 20 times): no offline queue, one try per command,
 * a command timeout, and reconnection left to run in the background.
 */
export function createIoRedisStore(opts: IoRedisStoreOptions): RemoteStore {
  const health = new Availability(opts.log, 'ioredis');
  const client = new Redis(opts.url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: opts.commandTimeoutMs ?? 250,
    connectTimeout: opts.connectTimeoutMs ?? 1_000,
    // Keep reconnecting for as long as the process lives, backing off to one try every 5 s.
    retryStrategy: (times) => Math.min(times * 250, opts.maxReconnectDelayMs ?? 5_000),
  });
  let closing = false;
  // Without an 'error' listener ioredis prints every failed reconnect; the transition is logged once instead.
  client.on('error', (err: Error) => {
    if (!closing) health.markDown(err);
  });
  client.on('close', () => {
    if (!closing) health.markDown(new Error('connection closed'));
  });
  client.on('ready', () => health.markUp());

  // A failed command on a live connection (a timeout under load) is a miss, not an outage: the
  // connection events above decide whether Redis is down.
  const guard = async <T>(run: () => Promise<T>): Promise<T> => {
    const result = await run();
    health.markUp();
    return result;
  };

  return {
    kind: 'ioredis',
    // Only a ready connection is worth a try: otherwise the command would fail at once anyway.
    get available() {
      return client.status === 'ready';
    },
    get healthy() {
      return health.isUp;
    },
    get: (key) => guard(() => client.get(key)),
    set: (key, value, ttlSeconds) => guard(async () => void (await client.set(key, value, 'EX', ttlSeconds))),
    del: (key) => guard(async () => void (await client.del(key))),
    incrBy: (key, by) => guard(() => client.incrby(key, by)),
    close: async () => {
      closing = true;
      client.disconnect(false);
      await Promise.resolve();
    },
  };
}
