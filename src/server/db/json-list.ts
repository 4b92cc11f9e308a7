/**
 * A child table's rows as one column of the parent's row: a correlated subquery aggregating them
 * into a JSON array, read as text and parsed once. A page that needs a parent and its lists (a
 * profile's skills, roles, schooling…) then costs one statement instead of one per list; each
 * statement is a round trip, Drizzle's query building and the driver's parsing, which under load
 * cost more than the reads themselves.
 *
 * Only for columns whose JSON form equals what Drizzle returns: text, varchar, enums, integers,
 * booleans, numeric in 'number' mode, date in string mode (JSON writes dates as ISO
 * `YYYY-MM-DD` whatever the DateStyle), text[] and jsonb. Not for timestamps (Drizzle returns a
 * Date) nor bigint.
 */
import { sql, type Column, type InferColumnsDataTypes, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `json_build_object('key', column, …)`: a row as a JSON object under the selection's own keys. */
export function jsonObject(fields: Record<string, Column>): SQL {
  const pairs = Object.entries(fields).map(([key, column]) => {
    if (!KEY.test(key)) throw new Error(`not a plain key: ${key}`);
    return sql`${sql.raw(`'${key}'`)}, ${column}`;
  });
  return sql`json_build_object(${sql.join(pairs, sql`, `)})`;
}

/**
 * The rows of `from` matching `where` as a JSON array (text, `[]` when none), in `orderBy` order:
 * the order is the aggregate's own, so it holds whatever the outer query does.
 */
export function jsonList<F extends Record<string, Column>>(
  fields: F,
  from: PgTable,
  where: SQL,
  orderBy: SQL[] = [],
): SQL<JsonList<F>> {
  const order = orderBy.length > 0 ? sql` ORDER BY ${sql.join(orderBy, sql`, `)}` : sql``;
  return sql<
    JsonList<F>
  >`(SELECT coalesce(json_agg(${jsonObject(fields)}${order}), '[]'::json)::text FROM ${from} WHERE ${where})`;
}

/** What a jsonList column reads as before parsing: its rows' JSON text. */
export type JsonList<F extends Record<string, Column>> = string & { readonly rows?: InferColumnsDataTypes<F>[] };

/** The rows of a jsonList column. */
export const parseJsonList = <F extends Record<string, Column>>(text: JsonList<F>): InferColumnsDataTypes<F>[] =>
  JSON.parse(text) as InferColumnsDataTypes<F>[];
