import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type * as schema from './schema';

type Schema = typeof schema;

/** Either driver (postgres.js or PGlite): services take this and never care which. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** A service works the same inside or outside a transaction. */
export type DbOrTx = Database | Transaction;

export type DatabaseMode = 'postgres' | 'pglite';

export interface DatabaseHandle {
  db: Database;
  mode: DatabaseMode;
  /** Whether pgvector is available (PGlite: yes; the local PostgreSQL 15 server: no). */
  hasVector: boolean;
  close: () => Promise<void>;
}
