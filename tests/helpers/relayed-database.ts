/**
 * A fresh database on the real PostgreSQL server, reached through a TCP relay the test can cut
 * and restore (tcp-proxy.ts): a real outage without stopping the server other suites use.
 */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { startTcpProxy, type TcpProxy } from './tcp-proxy';

export const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface RelayedDatabase {
  proxy: TcpProxy;
  /** The database's URL through the relay. */
  url: string;
  /** Closes the relay and drops the database (close the app's connections first). */
  drop: () => Promise<void>;
}

export async function createRelayedDatabase(): Promise<RelayedDatabase> {
  const url = new URL(ADMIN_URL);
  const proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  const dbName = `givemejobs_test_${randomBytes(6).toString('hex')}`;
  await admin.unsafe(`CREATE DATABASE ${dbName}`);
  url.port = String(proxy.port);
  url.pathname = `/${dbName}`;
  return {
    proxy,
    url: url.toString(),
    drop: async () => {
      await proxy.close();
      await admin.unsafe(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await admin.end({ timeout: 5 });
    },
  };
}
