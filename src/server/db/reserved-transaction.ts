/**
 * Transactions on a reserved postgres.js connection instead of its own `begin`.
 *
 * When PostgreSQL ends a backend mid-transaction (a restart, a failover), postgres.js 3.4.9's
 * `begin` answers the failed statement with its own ROLLBACK on the closed connection: the
 * buffered write then runs on a null socket, an uncaught "TypeError ... reading 'write'", and the
 * connection is left wedged, so every later statement the pool routes to it waits forever
 * (porsager/postgres#1208, unreleased upstream). Here the ROLLBACK is sent only while the
 * connection is alive: after a connection error the server has already rolled the transaction
 * back, and the connection is left to the pool, which reconnects it on the next use (handing it
 * back with `release` would put the dead connection among the open ones).
 */
import type { ReservedSql, Sql, TransactionSql } from 'postgres';

/** Errors after which the connection is gone (postgres.js codes, socket errors, server shutdown). */
const CONNECTION_GONE = new Set([
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  '57P01', // admin_shutdown: the backend was terminated
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
]);

/** Also through `cause`: drizzle wraps a failed statement's error in its own ("Failed query"). */
export function connectionGone(err: unknown): boolean {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && CONNECTION_GONE.has(code)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

type TransactionCallback<T> = (tx: TransactionSql) => T | Promise<T>;

/** `sql` with `begin` running on a reserved connection; everything else is postgres.js's own. */
export function withReservedTransactions(sql: Sql): Sql {
  return new Proxy(sql, {
    get(target, prop) {
      if (prop === 'begin') {
        return (...args: unknown[]) => {
          const fn = args.pop() as TransactionCallback<unknown>;
          const options = typeof args[0] === 'string' ? args[0] : '';
          return reservedTransaction(target, options, fn);
        };
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

async function reservedTransaction<T>(sql: Sql, options: string, fn: TransactionCallback<T>): Promise<T> {
  const reserved = await sql.reserve();
  let gone = false;
  // A lost connection is noted from BEGIN, from an error the callback lets through, from a
  // savepoint's rollback and from COMMIT; one the callback catches and hides shows at COMMIT.
  const note = (err: unknown) => {
    if (connectionGone(err)) gone = true;
  };
  try {
    await reserved.unsafe(`BEGIN ${options.replace(/[^a-z ]/gi, '')}`).catch((err: unknown) => {
      note(err);
      throw err;
    });
    let result: T;
    try {
      result = await fn(transactionSql(reserved, note, () => gone));
    } catch (err) {
      note(err);
      if (!gone) await reserved.unsafe('ROLLBACK').catch(note);
      throw err;
    }
    if (gone)
      throw Object.assign(new Error('The connection was lost during the transaction'), { code: 'CONNECTION_CLOSED' });
    await reserved.unsafe('COMMIT').catch((err: unknown) => {
      note(err);
      throw err;
    });
    return result;
  } finally {
    if (!gone) reserved.release();
  }
}

/**
 * The reserved connection as drizzle's transaction client: its statements (`unsafe`, tagged
 * templates) as they are, `savepoint` for nested transactions, and no `release` of its own.
 */
function transactionSql(reserved: ReservedSql, note: (err: unknown) => void, isGone: () => boolean): TransactionSql {
  let savepoints = 0;
  const savepoint = async <T>(fn: TransactionCallback<T>): Promise<T> => {
    const name = `s${savepoints++}`;
    await reserved.unsafe(`SAVEPOINT ${name}`);
    try {
      return await fn(tx);
    } catch (err) {
      note(err);
      if (!isGone()) await reserved.unsafe(`ROLLBACK TO SAVEPOINT ${name}`).catch(note);
      throw err;
    }
  };
  const tx = new Proxy(reserved, {
    get(target, prop) {
      if (prop === 'savepoint') {
        return (...args: unknown[]) => savepoint(args.pop() as TransactionCallback<unknown>);
      }
      if (prop === 'release') return undefined;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  }) as unknown as TransactionSql;
  return tx;
}
