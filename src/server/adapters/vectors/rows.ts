/**
 * `db.execute` answers in the driver's shape: postgres.js gives an array of rows, PGlite an
 * object with `rows`. Raw SQL in the adapters reads through this.
 */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  const rows = (result as { rows?: unknown } | null)?.rows;
  if (Array.isArray(rows)) return rows as T[];
  throw new Error('unexpected query result shape');
}
