import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/server/db';
import { users } from '@/server/db/schema';

/**
 * Holds the user's row until the transaction ends, so that a delete of one of their documents and
 * an attach of it to an application run one after the other: interleaved, the delete's check for a
 * sent application passed, the attach landed, and the application pointed at a deleted version.
 */
export async function lockDocumentsOf(tx: DbOrTx, userId: string): Promise<void> {
  await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for('update');
}
