/**
 * Statements Drizzle builds once per database instead of on every call. Building the SQL text of
 * a query (walking its columns, subqueries and conditions) is plain JavaScript that ran on every
 * request: 0.8 ms for the profile's one statement (seven JSON subqueries), 0.15-0.35 ms for the
 * others, about a fifth of `matching.forMe`'s CPU in the process (README, Speed). A prepared
 * query keeps the text and the row mapping and binds only the values (`sql.placeholder`).
 *
 * Kept per database object: a transaction is its own object, so a call inside one builds its
 * statement for that transaction (correct, just not faster). The PostgreSQL server also parses
 * each text once per connection (prepared-statements.ts); PGlite runs the same text.
 */
import type { DbOrTx } from './types';

export function preparedPerDatabase<Q>(build: (db: DbOrTx) => Q): (db: DbOrTx) => Q {
  const built = new WeakMap<DbOrTx, Q>();
  return (db) => {
    let query = built.get(db);
    if (query === undefined) {
      query = build(db);
      built.set(db, query);
    }
    return query;
  };
}
