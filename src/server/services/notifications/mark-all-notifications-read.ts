import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/server/db';
import { notifications } from '@/server/db/schema';
import type { Actor } from '../actor';

/** Every unread notification of the caller's, and only theirs. */
export async function markAllNotificationsRead(db: DbOrTx, actor: Actor): Promise<{ updated: number }> {
  const rows = await db
    .update(notifications)
    .set({ read: true })
    .where(and(eq(notifications.userId, actor.userId), eq(notifications.read, false)))
    .returning({ id: notifications.id });
  return { updated: rows.length };
}
