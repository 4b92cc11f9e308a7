/**
 * The database is down when the process starts: the first getDatabase() fails, and once the
 * server answers the next call opens it, with nothing restarted. PostgreSQL behind a TCP relay
 * that is closed at the first open, then opened.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableModes } from './helpers/databases';
import { createRelayedDatabase, type RelayedDatabase } from './helpers/relayed-database';
import type { TcpProxy } from './helpers/tcp-proxy';
const hasPostgres = (await availableModes()).includes('postgres');

describe.skipIf(!hasPostgres)('database down at startup', () => {
  let relayed: RelayedDatabase | undefined;
  let proxy: TcpProxy;
  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    relayed = await createRelayedDatabase();
    proxy = relayed.proxy;
    // The app reads DATABASE_URL once, at import: point it through the relay before importing.
    process.env.DATABASE_URL = relayed.url;
  });

  afterAll(async () => {
    await close?.();
    await relayed?.drop();
  });

  it('opens the database on a later call once it answers', async () => {
    await proxy.cut();
    const { getDatabase } = await import('@/server/db');
    const first = await getDatabase().then(
      () => null,
      (err: unknown) => err,
    );
    expect(first).toMatchObject({ code: 'ECONNREFUSED' });
    await expect(getDatabase()).rejects.toBeDefined();

    await proxy.restore();
    const handle = await getDatabase();
    close = handle.close;
    expect(handle.mode).toBe('postgres');
    expect(await getDatabase()).toBe(handle);
  }, 60_000);
});
