/**
 * Prepared statements for Drizzle's queries on postgres.js. Drizzle sends every query through
 * `sql.unsafe(text, params, { prepare: false })` unless it was given a name, so PostgreSQL parsed
 * and planned each statement on every execution. Logged for one `matching.forMe` (15 statements,
 * the statement log of PostgreSQL): parse took 0.2-1.9 ms and bind (where an unnamed statement is
 * planned) 0.2-2.4 ms per statement, executing 0.02-0.7 ms. Prepared, postgres.js names each
 * statement text once per connection and PostgreSQL parses it once. Plans stay custom (made for
 * each execution's values: plan_cache_mode in connect.ts), as before: a generic plan for a search
 * or match query could suit one value and not the next.
 *
 * Only statements with parameters are prepared: those without (BEGIN, COMMIT, migrations) go by
 * the simple protocol as before. POSTGRES_NO_PREPARED_STATEMENTS=1 turns it off, behind a
 * transaction-mode pooler that cannot keep prepared statements (PgBouncer before 1.21 or without
 * max_prepared_statements, Supavisor's transaction mode).
 */
import type { Sql } from 'postgres';

type Unsafe = (query: string, args?: unknown[], options?: Record<string, unknown>) => unknown;

export function withPreparedStatements<S extends Sql>(sql: S): S {
  return new Proxy(sql, {
    get(target, prop) {
      if (prop === 'unsafe') {
        const unsafe = (Reflect.get(target, 'unsafe', target) as Unsafe).bind(target);
        return (query: string, args?: unknown, options?: Record<string, unknown>) => {
          const params = Array.isArray(args) ? (args as unknown[]) : [];
          const opts = (Array.isArray(args) ? options : (args as Record<string, unknown> | undefined)) ?? {};
          return unsafe(query, params, params.length > 0 ? { ...opts, prepare: true } : opts);
        };
      }
      // Transactions run on a reserved connection (reserved-transaction.ts): prepared there too.
      if (prop === 'reserve') {
        return async () => withPreparedStatements(await target.reserve());
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
