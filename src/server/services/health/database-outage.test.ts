import net from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { databaseUnavailable, findDatabaseOutage, isDatabaseOutage } from './database-outage';

/** Real errors from the drivers, not hand-made look-alikes. */
const failure = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e,
  );

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('database outage classification', () => {
  it('recognises a refused connection, through drizzle', async () => {
    const client = postgres(`postgres://postgres@127.0.0.1:${await freePort()}/postgres`, {
      max: 1,
      onnotice: () => {},
    });
    const error = await failure(drizzle(client).execute(sql`SELECT 1`));
    await client.end({ timeout: 1 });
    expect(findDatabaseOutage(error)).toBe('ECONNREFUSED');
  });

  // A connection dropped mid-session (CONNECTION_CLOSED) is covered end to end in
  // tests/database-outage.integration.test.ts, where the relay in front of PostgreSQL is cut.

  it('recognises a closed PGlite', async () => {
    const db = await PGlite.create('memory://');
    await db.close();
    expect(findDatabaseOutage(await failure(db.query('SELECT 1')))).toBe('PGlite is closed');
  });

  it('leaves query errors and bugs alone', async () => {
    const db = await PGlite.create('memory://');
    try {
      expect(isDatabaseOutage(await failure(db.query('SELEC 1')))).toBe(false);
      await db.exec('CREATE TABLE t (id int PRIMARY KEY); INSERT INTO t VALUES (1);');
      expect(isDatabaseOutage(await failure(db.query('INSERT INTO t VALUES (1)')))).toBe(false);
    } finally {
      await db.close();
    }
    expect(isDatabaseOutage(new TypeError('x is undefined'))).toBe(false);
    expect(isDatabaseOutage(null)).toBe(false);
  });

  it('becomes a 503-bound AppError that names nothing internal', () => {
    const err = databaseUnavailable(
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
    );
    expect(err.code).toBe('SERVICE_UNAVAILABLE');
    expect(err.message).not.toMatch(/ECONN|127\.0\.0\.1|5432/);
    expect(err.details).toMatchObject({ reason: 'database_unavailable', retryAfterSeconds: 5 });
  });
});
