/**
 * The database is down when the process starts: the first getDatabase() fails, and once the
 * server answers the next call opens it, with nothing restarted. PostgreSQL behind a TCP relay
 * that is closed at the first open, then opened.
 */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableModes } from './helpers/databases';
import { startTcpProxy, type TcpProxy } from './helpers/tcp-proxy';

const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const hasPostgres = (await availableModes()).includes('postgres');

describe.skipIf(!hasPostgres)('database down at startup', () => {
  let proxy: TcpProxy;
  let admin: postgres.Sql;
  let dbName: string;
  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    const url = new URL(ADMIN_URL);
    proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
    admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
    dbName = `givemejobs_test_${randomBytes(6).toString('hex')}`;
    await admin.unsafe(`CREATE DATABASE ${dbName}`);
    url.port = String(proxy.port);
    url.pathname = `/${dbName}`;
    // The app reads DATABASE_URL once, at import: point it through the relay before importing.
    process.env.DATABASE_URL = url.toString();
  });

  afterAll(async () => {
    await close?.();
    await proxy?.close();
    await admin?.unsafe(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin?.end({ timeout: 5 });
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
