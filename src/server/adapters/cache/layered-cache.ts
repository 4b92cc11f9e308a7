import { LRUCache } from 'lru-cache';
import superjson from 'superjson';
import type { Logger } from '@/server/logger';
import type { Cache, RemoteStore } from './types';

export interface LayeredCacheOptions {
  /** The shared layer (L2); null: this process only. */
  remote?: RemoteStore | null;
  /** Prepended to every shared key, so apps (and test runs) sharing a Redis stay apart. */
  keyPrefix?: string;
  /** In-process entries (default 1,000). */
  maxEntries?: number;
  /** In-process entries live at most this long (default 60 s), whatever the TTL asked for. */
  localMaxTtlSeconds?: number;
  /**
   * How long a version read from the shared layer is trusted before asking again (default 1 s).
   * Bumps made in this process are seen at once; another instance's bump within this delay.
   */
  versionRefreshMs?: number;
  log: Logger;
}

interface LocalVersion {
  value: number;
  readAt: number;
  /** Bumps made while the shared layer was down, replayed (INCRBY) once it answers again. */
  pending: number;
}

/**
 * L1 in-process LRU in front of an optional shared L2 (Redis, Upstash). Reads try L1, then L2
 * (filling L1); writes go to both. The shared layer is best effort: when it fails or is down,
 * every operation carries on with L1 alone, and the store logs the outage once.
 */
export class LayeredCache implements Cache {
  readonly description: string;
  private readonly local: LRUCache<string, { value: unknown }>;
  private readonly remote: RemoteStore | null;
  private readonly prefix: string;
  private readonly localMaxTtlMs: number;
  private readonly versionRefreshMs: number;
  private readonly versions = new Map<string, LocalVersion>();
  private readonly log: Logger;

  constructor(opts: LayeredCacheOptions) {
    this.remote = opts.remote ?? null;
    this.prefix = opts.keyPrefix ?? 'gmj:';
    this.localMaxTtlMs = (opts.localMaxTtlSeconds ?? 60) * 1000;
    this.versionRefreshMs = opts.versionRefreshMs ?? 1000;
    this.log = opts.log;
    this.local = new LRUCache({ max: opts.maxEntries ?? 1000, ttlAutopurge: false });
    this.description = this.remote ? `lru+${this.remote.kind}` : 'lru';
  }

  get degraded(): boolean {
    return this.remote !== null && !this.remote.healthy;
  }

  async get<T>(key: string): Promise<T | undefined> {
    const hit = this.local.get(key);
    if (hit) return hit.value as T;
    const raw = await this.tryRemote((r) => r.get(this.prefix + key));
    if (raw === undefined || raw === null) return undefined;
    try {
      const value = superjson.parse<T>(raw);
      this.local.set(key, { value }, { ttl: this.localMaxTtlMs });
      return value;
    } catch (error) {
      this.log.warn(
        { key, err: error instanceof Error ? error.message : String(error) },
        'unreadable cache entry ignored',
      );
      return undefined;
    }
  }

  async set(key: string, value: unknown, ttlSeconds: number): Promise<void> {
    if (ttlSeconds <= 0) return;
    this.local.set(key, { value }, { ttl: Math.min(ttlSeconds * 1000, this.localMaxTtlMs) });
    await this.tryRemote((r) => r.set(this.prefix + key, superjson.stringify(value), Math.ceil(ttlSeconds)));
  }

  async delete(key: string): Promise<void> {
    this.local.delete(key);
    await this.tryRemote((r) => r.del(this.prefix + key));
  }

  async getVersion(name: string): Promise<number> {
    const known = this.versions.get(name);
    if (known && (!this.remote || Date.now() - known.readAt < this.versionRefreshMs)) return known.value;
    const key = this.versionKey(name);
    const fresh = await this.tryRemote(async (r) =>
      known?.pending ? r.incrBy(key, known.pending) : Number((await r.get(key)) ?? 0),
    );
    if (fresh === undefined || !Number.isFinite(fresh)) {
      // Shared layer unavailable: keep our own count (bumps made here still take effect here).
      const value = known?.value ?? 0;
      this.versions.set(name, { value, readAt: Date.now(), pending: known?.pending ?? 0 });
      return value;
    }
    this.versions.set(name, { value: fresh, readAt: Date.now(), pending: 0 });
    return fresh;
  }

  async bumpVersion(name: string): Promise<number> {
    const known = this.versions.get(name);
    const pending = known?.pending ?? 0;
    const fresh = await this.tryRemote((r) => r.incrBy(this.versionKey(name), pending + 1));
    // Never step backwards locally: this process must stop serving what it cached before the bump.
    const value = fresh !== undefined && fresh > (known?.value ?? 0) ? fresh : (known?.value ?? 0) + 1;
    this.versions.set(name, { value, readAt: Date.now(), pending: fresh === undefined ? pending + 1 : 0 });
    return value;
  }

  async close(): Promise<void> {
    this.local.clear();
    await this.remote?.close();
  }

  private versionKey(name: string): string {
    return `${this.prefix}version:${name}`;
  }

  /** Runs an L2 operation when the layer is usable; undefined when it is absent, down or failing. */
  private async tryRemote<T>(run: (remote: RemoteStore) => Promise<T>): Promise<T | undefined> {
    if (!this.remote?.available) return undefined;
    try {
      return await run(this.remote);
    } catch (error) {
      // The store has logged the outage (once); per-request failures stay at debug level.
      this.log.debug({ err: error instanceof Error ? error.message : String(error) }, 'shared cache operation failed');
      return undefined;
    }
  }
}
