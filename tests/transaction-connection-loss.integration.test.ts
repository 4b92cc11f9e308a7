/**
 * A PostgreSQL restart ends the backends of transactions in flight. postgres.js 3.4.9's own
 * `begin` then sends ROLLBACK on the closed connection: its buffered write runs on a null socket
 * (an uncaught "TypeError ... reading 'write'", porsager/postgres#1208) and leaves that pooled
 * connection wedged, so every later statement routed to it waits forever. The app's transactions
 * must fail like any statement of an outage and leave the pool serving. Real server; the test
 * ends only the backend of its own transaction.
 */
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterEach, describe, expect, it } from 'vitest';
import { connectPostgres } from '@/server/db/connect';
import { connectionGone } from '@/server/db/reserved-transaction';
import type { DatabaseHandle } from '@/server/db/types';
import { availableModes } from './helpers/databases';

const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const hasPostgres = (await availableModes()).includes('postgres');

/** A statement's rows as plain objects (drizzle types raw results loosely). */
function rowsOf<T>(result: unknown): T[] {
  return [...(result as Iterable<T>)];
}

function within<T>(ms: number, work: Promise<T>): Promise<T | 'no answer'> {
  return Promise.race([work, new Promise<'no answer'>((r) => setTimeout(() => r('no answer'), ms))]);
}

describe.skipIf(!hasPostgres)('a transaction whose connection dies', () => {
  const opened: { end: () => Promise<unknown> }[] = [];
  afterEach(async () => {
    await Promise.allSettled(opened.splice(0).map((c) => c.end()));
  });

  async function killedMidTransaction(handle: DatabaseHandle) {
    const killer = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
    opened.push({ end: () => killer.end({ timeout: 1 }) });
    let pid: number | null = null;
    // The outcome is taken at once: the transaction can fail before the killer's own answer
    // arrives, and a rejection without a handler by then is reported as unhandled.
    const outcome = handle.db
      .transaction(async (t) => {
        const [row] = rowsOf<{ pid: number }>(await t.execute(sql`SELECT pg_backend_pid() AS pid`));
        pid = row?.pid ?? null;
        await t.execute(sql`SELECT pg_sleep(5)`);
      })
      .then(
        () => null,
        (err: unknown) => err,
      );
    while (pid === null) await new Promise((r) => setTimeout(r, 20));
    await killer`SELECT pg_terminate_backend(${pid})`;
    return outcome;
  }

  it('rejects, throws nothing outside the caller, and the pool serves the next statement', async () => {
    const uncaught: unknown[] = [];
    const onUncaught = (err: unknown) => uncaught.push(err);
    process.on('uncaughtException', onUncaught);
    // One connection: the next statement must reuse the one whose backend died.
    const handle = await connectPostgres(ADMIN_URL, { max: 1 });
    opened.push({ end: handle.close });
    try {
      const err = await killedMidTransaction(handle);
      expect(err).toBeInstanceOf(Error);
      expect(connectionGone(err)).toBe(true);
      // The ROLLBACK's buffered write runs on the next turns of the event loop.
      await new Promise((r) => setTimeout(r, 200));
      expect(uncaught.map(String)).toEqual([]);
      // The statement that reconnects answers. postgres.js 3.4.9 may hand it the ended session's
      // error (it keeps that error across the reconnect), so it may fail, like any statement of
      // the outage; it must not wait forever.
      const next = await within(
        5_000,
        handle.db.execute(sql`SELECT 1 AS one`).then(
          (rows) => rowsOf<{ one: number }>(rows),
          (err: unknown) => (connectionGone(err) ? 'failed as the outage' : err),
        ),
      );
      expect(['failed as the outage', [{ one: 1 }]]).toContainEqual(next);
      // Then the connection serves statements and transactions again.
      const again = await within(
        5_000,
        handle.db.transaction(async (t) => rowsOf<{ two: number }>(await t.execute(sql`SELECT 2 AS two`))),
      );
      expect(again).toEqual([{ two: 2 }]);
    } finally {
      process.off('uncaughtException', onUncaught);
    }
  });
});
