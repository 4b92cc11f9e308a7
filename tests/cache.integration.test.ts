/**
 * The layered cache against the real Redis (REDIS_TEST_URL, default redis://127.0.0.1:6379):
 * L1/L2 reads and writes, TTLs, versioned invalidation shared between instances, and search
 * staying up (uncached, logged once) while Redis is down, then recovering. Every key lives under a
 * prefix unique to this run and is deleted afterwards. The Upstash contract runs only when
 * UPSTASH_REDIS_REST_URL/_TOKEN are set.
 */
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LayeredCache } from '@/server/adapters/cache/layered-cache';
import { createIoRedisStore } from '@/server/adapters/cache/ioredis-store';
import { createUpstashStore } from '@/server/adapters/cache/upstash-store';
import type { Cache, RemoteStore } from '@/server/adapters/cache/types';
import { bumpJobsVersion, getJobsVersion } from '@/server/services/jobs/search/jobs-version';
import { searchJobs } from '@/server/services/jobs/search/search-jobs';
import { createTestDatabase, type TestDatabase } from './helpers/databases';
import { insertJob } from './helpers/jobs';

const REDIS_URL = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379';
const UPSTASH_URL = process.env.UPSTASH_REDIS_REST_URL;
const UPSTASH_TOKEN = process.env.UPSTASH_REDIS_REST_TOKEN;
const prefix = `gmj-test-${randomBytes(4).toString('hex')}:`;

async function redisReachable(): Promise<boolean> {
  const probe = new Redis(REDIS_URL, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  probe.on('error', () => {});
  try {
    await probe.connect();
    return (await probe.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}
const redisUp = await redisReachable();
if (!redisUp) console.warn(`Redis not reachable at ${REDIS_URL}: the Redis cache tests are skipped.`);

/** A pino logger whose lines land in an array. */
function captureLog() {
  const lines: { level: number; msg: string; [k: string]: unknown }[] = [];
  const log = pino({ level: 'debug' }, { write: (s: string) => lines.push(JSON.parse(s) as (typeof lines)[number]) });
  return { log, lines, count: (msg: RegExp) => lines.filter((l) => msg.test(l.msg)).length };
}

async function waitFor(check: () => boolean, ms = 5_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!redisUp)(`layered cache on Redis (${REDIS_URL})`, () => {
  const raw = new Redis(REDIS_URL);
  const made: Cache[] = [];
  let tdb: TestDatabase;

  /** A layered cache over its own ioredis connection, ready to use. */
  async function layered(opts: { versionRefreshMs?: number; url?: string; log?: pino.Logger } = {}) {
    const log = opts.log ?? captureLog().log;
    const remote = createIoRedisStore({ url: opts.url ?? REDIS_URL, log, maxReconnectDelayMs: 100 });
    const cache = new LayeredCache({ remote, keyPrefix: prefix, log, versionRefreshMs: opts.versionRefreshMs ?? 0 });
    made.push(cache);
    if (!opts.url) await waitFor(() => remote.available);
    return { cache, remote };
  }

  beforeAll(async () => {
    tdb = await createTestDatabase('pglite');
    await insertJob(tdb.db, { title: 'Cache Engineer', description: 'Keeps things fast.' });
    await insertJob(tdb.db, { title: 'Redis Operator', description: 'Runs the cache cluster.' });
  });

  afterAll(async () => {
    await Promise.all(made.map((c) => c.close()));
    // Test cleanup only: the application never lists keys (versioned keys expire by TTL).
    let cursor = '0';
    do {
      const [next, keys] = await raw.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      if (keys.length > 0) await raw.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    raw.disconnect();
    await tdb.destroy();
  });

  it('reads through L1 then L2, Dates intact, and honours the TTL in both', async () => {
    const { cache: a } = await layered();
    const { cache: b } = await layered();
    const value = { title: 'x', postedAt: new Date('2026-01-02T03:04:05Z'), n: 3 };
    await a.set('k1', value, 1);
    expect(await a.get('k1')).toBe(value); // L1: the very object
    const fromRedis = await b.get<typeof value>('k1'); // B has an empty L1: served by Redis
    expect(fromRedis).toEqual(value);
    expect(fromRedis?.postedAt).toBeInstanceOf(Date);
    expect(await raw.ttl(`${prefix}k1`)).toBeGreaterThan(0);
    await sleep(1_100);
    expect(await a.get('k1')).toBeUndefined();
    expect(await raw.exists(`${prefix}k1`)).toBe(0);
    await a.set('k2', 'v', 60);
    await a.delete('k2');
    expect(await b.get('k2')).toBeUndefined();
  });

  it('keeps L1 entries for at most localMaxTtlSeconds', async () => {
    const log = captureLog().log;
    const local = new LayeredCache({ keyPrefix: prefix, log, localMaxTtlSeconds: 1 });
    await local.set('short', 1, 300);
    expect(await local.get('short')).toBe(1);
    await sleep(1_100);
    expect(await local.get('short')).toBeUndefined();
  });

  it('versions: a bump invalidates cached searches, in this instance and in another one', async () => {
    const { cache: a } = await layered();
    const { cache: b } = await layered();
    const start = await getJobsVersion(a);
    expect(await getJobsVersion(b)).toBe(start);

    const first = await searchJobs(tdb.db, { keywords: 'cache' }, { cache: a, ttlSeconds: 60 });
    expect(first.cached).toBe(false);
    expect(first.items.map((j) => j.title)).toEqual(['Cache Engineer', 'Redis Operator']);
    expect((await searchJobs(tdb.db, { keywords: 'cache' }, { cache: a, ttlSeconds: 60 })).cached).toBe(true);
    // B shares the entry through Redis.
    const viaB = await searchJobs(tdb.db, { keywords: 'cache' }, { cache: b, ttlSeconds: 60 });
    expect(viaB.cached).toBe(true);
    expect(viaB.items[0]?.postedAt).toBeInstanceOf(Date);

    // A job changes; its writer bumps through B. A sees the new version and recomputes.
    await insertJob(tdb.db, { title: 'Cache Architect', daysAgo: 0.1 });
    expect(await bumpJobsVersion(b)).toBe(start + 1);
    expect(await getJobsVersion(a)).toBe(start + 1);
    const after = await searchJobs(tdb.db, { keywords: 'cache' }, { cache: a, ttlSeconds: 60 });
    expect(after.cached).toBe(false);
    expect(after.items.map((j) => j.title)).toContain('Cache Architect');
  });

  it('with Redis down, search answers uncached, flags it, and logs the outage once', async () => {
    const { log, count } = captureLog();
    // Port 1 is closed: every connection attempt is refused at once.
    const { cache, remote } = await layered({ url: 'redis://127.0.0.1:1', log });
    await waitFor(() => !remote.healthy);
    for (let i = 0; i < 5; i++) {
      const out = await searchJobs(tdb.db, { keywords: 'engineer' }, { cache, ttlSeconds: 60 });
      expect(out.items.length).toBeGreaterThan(0);
      expect(out.degraded).toBe(true);
    }
    // Reconnection keeps failing in the background meanwhile: still one line.
    await sleep(300);
    expect(count(/cache layer unavailable/)).toBe(1);
    // This process's own bumps still take effect locally.
    const v = await cache.getVersion('jobs');
    expect(await cache.bumpVersion('jobs')).toBe(v + 1);
  });

  it('recovers when Redis comes back, logging it once and replaying bumps made meanwhile', async () => {
    // A TCP relay to the real Redis that the test can cut and restore.
    const sockets = new Set<net.Socket>();
    const relay = net.createServer((client) => {
      const upstream = net.connect(
        new URL(REDIS_URL).port ? Number(new URL(REDIS_URL).port) : 6379,
        new URL(REDIS_URL).hostname,
      );
      sockets.add(client).add(upstream);
      client.pipe(upstream).pipe(client);
      const drop = () => {
        client.destroy();
        upstream.destroy();
      };
      client.on('error', drop).on('close', drop);
      upstream.on('error', drop).on('close', drop);
    });
    await new Promise<void>((r) => relay.listen(0, '127.0.0.1', () => r()));
    const port = (relay.address() as net.AddressInfo).port;

    const { log, count } = captureLog();
    const remote: RemoteStore = createIoRedisStore({ url: `redis://127.0.0.1:${port}`, log, maxReconnectDelayMs: 100 });
    const cache = new LayeredCache({ remote, keyPrefix: prefix, log, versionRefreshMs: 0 });
    made.push(cache);
    await waitFor(() => remote.available);
    const before = await cache.getVersion('jobs');

    // Cut: close the relay and every connection through it.
    await new Promise<void>((r) => {
      relay.close(() => r());
      for (const s of sockets) s.destroy();
    });
    await waitFor(() => !remote.healthy);
    expect((await searchJobs(tdb.db, { keywords: 'operator' }, { cache, ttlSeconds: 60 })).degraded).toBe(true);
    expect(await cache.bumpVersion('jobs')).toBe(before + 1); // local only for now
    expect(Number(await raw.get(`${prefix}version:jobs`))).toBe(before);

    // Restore on the same port: ioredis reconnects by itself.
    await new Promise<void>((r) => relay.listen(port, '127.0.0.1', () => r()));
    await waitFor(() => remote.available);
    expect(cache.degraded).toBe(false);
    expect(count(/cache layer unavailable/)).toBe(1);
    expect(count(/cache layer recovered/)).toBe(1);
    // The bump made during the outage reaches Redis, so other instances drop what they cached.
    expect(await cache.getVersion('jobs')).toBe(before + 1);
    expect(Number(await raw.get(`${prefix}version:jobs`))).toBe(before + 1);
    const out = await searchJobs(tdb.db, { keywords: 'operator' }, { cache, ttlSeconds: 60 });
    expect(out.degraded).toBe(false);
    expect((await searchJobs(tdb.db, { keywords: 'operator' }, { cache, ttlSeconds: 60 })).cached).toBe(true);

    await cache.close();
    await new Promise<void>((r) => {
      relay.close(() => r());
      for (const s of sockets) s.destroy();
    });
  });
});

describe.skipIf(!UPSTASH_URL || !UPSTASH_TOKEN)(
  `Upstash store contract${UPSTASH_URL && UPSTASH_TOKEN ? '' : ' (skipped: UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN are not set)'}`,
  () => {
    const { log } = captureLog();
    const store = createUpstashStore({ url: UPSTASH_URL ?? '', token: UPSTASH_TOKEN ?? '', log, timeoutMs: 5_000 });
    const cache = new LayeredCache({ remote: store, keyPrefix: prefix, log, versionRefreshMs: 0 });
    afterAll(async () => {
      await store.del(`${prefix}version:jobs`);
      await store.del(`${prefix}u1`);
    });

    it('stores strings with a TTL, deletes them, and counts versions', async () => {
      await store.set(`${prefix}u1`, 'hello', 60);
      expect(await store.get(`${prefix}u1`)).toBe('hello');
      await store.del(`${prefix}u1`);
      expect(await store.get(`${prefix}u1`)).toBeNull();
      expect(await store.incrBy(`${prefix}version:jobs`, 2)).toBe(2);
      expect(store.healthy).toBe(true);
    });

    it('serves the layered cache: values with Dates round-trip, and bumps are shared', async () => {
      const other = new LayeredCache({ remote: store, keyPrefix: prefix, log, versionRefreshMs: 0 });
      const when = new Date('2026-05-06T07:08:09Z');
      await cache.set('u2', { when }, 60);
      expect(await other.get('u2')).toEqual({ when });
      const v = await other.getVersion('jobs');
      await cache.bumpVersion('jobs');
      expect(await other.getVersion('jobs')).toBe(v + 1);
      await cache.delete('u2');
    });
  },
);
