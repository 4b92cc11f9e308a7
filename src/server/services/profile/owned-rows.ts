import { and, eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Transaction } from '@/server/db';
import { AppError } from '@/server/errors';

interface OwnedTable {
  table: PgTable;
  id: PgColumn;
  userId: PgColumn;
  label: string;
}

/** Rows of another user answer NOT_FOUND: whether they exist is not the caller's business. */
export async function updateOwnedRow(tx: Transaction, t: OwnedTable, id: string, userId: string, values: Record<string, unknown>) {
  const rows = await tx
    .update(t.table)
    .set(values)
    .where(and(eq(t.id, id), eq(t.userId, userId)))
    .returning({ id: t.id });
  if (rows.length === 0) throw new AppError('NOT_FOUND', `${t.label} not found.`);
}

export async function deleteOwnedRow(tx: Transaction, t: OwnedTable, id: string, userId: string) {
  const rows = await tx
    .delete(t.table)
    .where(and(eq(t.id, id), eq(t.userId, userId)))
    .returning({ id: t.id });
  if (rows.length === 0) throw new AppError('NOT_FOUND', `${t.label} not found.`);
}
