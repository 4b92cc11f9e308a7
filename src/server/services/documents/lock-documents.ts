import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/server/db';
import { users } from '@/server/db/schema';

/**
 * Holds the user's row until the transaction ends, so that a delete of one of their documents and
 * an attach of it to an application run one after the other: interleaved, the delete's check for a
 * sent application passed, the attach landed, and the application pointed at a deleted version.
 * NO KEY UPDATE, not UPDATE: rows that point at the user (an application's events, a notice) take
 * KEY SHARE on it, and a move that locked its application first and then wrote its event deadlocked
 * against an attach that locked the user first and then wrote that application.
 */
export async function lockDocumentsOf(tx: DbOrTx, userId: string): Promise<void> {
  await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for('no key update');
}
