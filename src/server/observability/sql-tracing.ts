import type { PGlite, Transaction as PgliteTransaction } from '@electric-sql/pglite';
import type { Span } from '@opentelemetry/api';
import type { Sql } from 'postgres';
import { metrics, type PoolUsage } from './metrics';
import { inSpan, recordFailure, tracer } from './tracing';

/**
 * A span, a latency sample and pool accounting around every statement Drizzle sends. Neither
 * driver has hooks for this (the pg instrumentation covers node-postgres, not postgres.js, and
 * Drizzle's own tracing is inert), so the clients are wrapped where they are created (db/connect.ts).
 * Spans carry the parameterized SQL text, never the parameter values (they hold user data).
 */

type System = PoolUsage['system'];

const MAX_QUERY_TEXT = 2_000;

function startStatementSpan(system: System, query: string): Span {
  const operation = /^\s*(\w+)/.exec(query)?.[1]?.toUpperCase() ?? 'SQL';
  return tracer.startSpan(`${operation} ${system}`, {
    attributes: {
      'db.system.name': system,
      'db.operation.name': operation,
      'db.query.text': query.length > MAX_QUERY_TEXT ? `${query.slice(0, MAX_QUERY_TEXT)}…` : query,
    },
  });
}

/** Times `run` as one statement: span, histogram, counter, and the pool's statement count. */
async function observeStatement<T>(usage: PoolUsage, inTransaction: boolean, query: string, run: () => PromiseLike<T>) {
  const m = metrics();
  const span = startStatementSpan(usage.system, query);
  const stopTimer = m.dbQueryDuration.startTimer({ db_system: usage.system });
  if (!inTransaction) usage.statements++;
  try {
    const result = await run();
    m.dbQueries.inc({ db_system: usage.system, outcome: 'ok' });
    return result;
  } catch (err) {
    m.dbQueries.inc({ db_system: usage.system, outcome: 'error' });
    recordFailure(span, err);
    throw err;
  } finally {
    if (!inTransaction) usage.statements--;
    stopTimer();
    span.end();
  }
}

/**
 * postgres.js queries are lazy promises with chainable modifiers (`.values()`), sent when first
 * awaited. The proxy keeps the modifiers and starts timing at that first `then`, when the
 * statement is actually sent.
 */
function observedPending<Q extends PromiseLike<unknown>>(pending: Q, observe: (run: () => Q) => Promise<unknown>): Q {
  let settled: Promise<unknown> | undefined;
  const proxy: Q = new Proxy(pending, {
    get(target, prop) {
      if (prop === 'then') {
        return (ok?: (v: unknown) => unknown, fail?: (e: unknown) => unknown) => {
          settled ??= observe(() => target);
          return settled.then(ok, fail);
        };
      }
      if (prop === 'catch') return (fail: (e: unknown) => unknown) => proxy.then(undefined, fail);
      if (prop === 'finally') return (fn: () => void) => Promise.resolve(proxy).finally(fn);
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const result: unknown = (value as (...a: unknown[]) => unknown).apply(target, args);
        return result === target ? proxy : result;
      };
    },
  });
  return proxy;
}

function wrapPostgresSql<S extends Sql>(sql: S, usage: PoolUsage, inTransaction: boolean): S {
  return new Proxy(sql, {
    get(target, prop) {
      if (prop === 'unsafe') {
        return (query: string, ...rest: unknown[]) =>
          observedPending((target.unsafe as (...a: unknown[]) => PromiseLike<unknown>)(query, ...rest), (run) =>
            observeStatement(usage, inTransaction, query, run),
          );
      }
      if (prop === 'begin' || prop === 'savepoint') {
        const original = Reflect.get(target, prop, target) as (...a: unknown[]) => Promise<unknown>;
        return (...args: unknown[]) => {
          const callback = args.pop() as (tx: Sql) => unknown;
          const wrapped = (tx: Sql) => callback(wrapPostgresSql(tx, usage, true));
          if (prop === 'savepoint') return original.apply(target, [...args, wrapped]);
          return observeTransaction(usage, () => original.apply(target, [...args, wrapped]));
        };
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** A transaction holds one connection from BEGIN to COMMIT: counted for the pool, one span around its statements. */
async function observeTransaction<T>(usage: PoolUsage, run: () => Promise<T>): Promise<T> {
  usage.transactions++;
  try {
    return await inSpan(`transaction ${usage.system}`, { 'db.system.name': usage.system }, run);
  } finally {
    usage.transactions--;
  }
}

export interface ObservedClient<C> {
  client: C;
  /** Stops counting this client in the pool gauges (call when it is closed). */
  release: () => void;
}

function register(usage: PoolUsage): () => void {
  const { pools } = metrics();
  pools.add(usage);
  return () => pools.delete(usage);
}

export function observePostgres(sql: Sql, maxConnections: number): ObservedClient<Sql> {
  const usage: PoolUsage = { system: 'postgresql', max: maxConnections, transactions: 0, statements: 0 };
  return { client: wrapPostgresSql(sql, usage, false), release: register(usage) };
}

function wrapPgliteQueries<C extends PGlite | PgliteTransaction>(client: C, usage: PoolUsage, inTransaction: boolean): C {
  return new Proxy(client, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      const method = value as (...a: unknown[]) => unknown;
      if (prop === 'query' || prop === 'exec') {
        return (query: string, ...rest: unknown[]) =>
          observeStatement(usage, inTransaction, query, () => method.apply(target, [query, ...rest]) as Promise<unknown>);
      }
      if (prop === 'transaction' && !inTransaction) {
        return (callback: (tx: PgliteTransaction) => Promise<unknown>) =>
          observeTransaction(usage, () =>
            method.apply(target, [(tx: PgliteTransaction) => callback(wrapPgliteQueries(tx, usage, true))]) as Promise<unknown>,
          );
      }
      // PGlite keeps state in private fields: its methods must run on the instance, not the proxy.
      return method.bind(target);
    },
  });
}

export function observePglite(client: PGlite): ObservedClient<PGlite> {
  const usage: PoolUsage = { system: 'pglite', max: 1, transactions: 0, statements: 0 };
  return { client: wrapPgliteQueries(client, usage, false), release: register(usage) };
}
