import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { LayeredCache } from './layered-cache';

const log = pino({ level: 'silent' });

describe('LayeredCache without a shared layer (in-process only)', () => {
  it('gets, sets and deletes; a TTL of 0 stores nothing', async () => {
    const cache = new LayeredCache({ log });
    expect(cache.description).toBe('lru');
    expect(cache.degraded).toBe(false);
    await cache.set('a', { n: 1 }, 60);
    expect(await cache.get('a')).toEqual({ n: 1 });
    await cache.delete('a');
    expect(await cache.get('a')).toBeUndefined();
    await cache.set('b', 1, 0);
    expect(await cache.get('b')).toBeUndefined();
  });

  it('evicts the least recently used entry beyond maxEntries', async () => {
    const cache = new LayeredCache({ log, maxEntries: 2 });
    await cache.set('a', 1, 60);
    await cache.set('b', 2, 60);
    await cache.get('a');
    await cache.set('c', 3, 60);
    expect(await cache.get('b')).toBeUndefined();
    expect(await cache.get('a')).toBe(1);
  });

  it('counts versions per name, from 0', async () => {
    const cache = new LayeredCache({ log });
    expect(await cache.getVersion('jobs')).toBe(0);
    expect(await cache.bumpVersion('jobs')).toBe(1);
    expect(await cache.bumpVersion('jobs')).toBe(2);
    expect(await cache.getVersion('jobs')).toBe(2);
    expect(await cache.getVersion('other')).toBe(0);
  });
});
