/**
 * The cache every service sees. Values are JSON-like data (Dates survive the shared layer);
 * treat what `get` returns as read-only: the in-process layer hands out the stored object.
 */
export interface Cache {
  /** What the adapter is made of, for the boot log ("lru+ioredis"). */
  readonly description: string;
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown, ttlSeconds: number): Promise<void>;
  delete(key: string): Promise<void>;
  /**
   * A named counter, 0 until first bumped. Cache keys embed it, so bumping invalidates every
   * entry built from older data without listing keys (no KEYS/SCAN).
   */
  getVersion(name: string): Promise<number>;
  bumpVersion(name: string): Promise<number>;
  /** A shared layer is configured but unreachable: the cache answers from this process only. */
  readonly degraded: boolean;
  close(): Promise<void>;
}

/** A shared (network) layer: strings in, strings out. Each call may throw; the layered cache copes. */
export interface RemoteStore {
  readonly kind: 'ioredis' | 'upstash';
  /** Worth trying now; false while known to be down, so callers skip it instead of waiting. */
  readonly available: boolean;
  /** Not known to be down (a store still connecting at boot is healthy but not yet available). */
  readonly healthy: boolean;
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  del(key: string): Promise<void>;
  incrBy(key: string, by: number): Promise<number>;
  close(): Promise<void>;
}
