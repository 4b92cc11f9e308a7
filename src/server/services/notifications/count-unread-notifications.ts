import { and, count, eq } from 'drizzle-orm';
import { UNREAD_COUNT_CAP } from '@/lib/validators/notifications';
import type { DbOrTx } from '@/server/db';
import { notifications } from '@/server/db/schema';
import type { Actor } from '../actor';

/** The bell's number; counted up to a cap so a huge backlog stays a cheap index range. */
export async function countUnreadNotifications(db: DbOrTx, actor: Actor): Promise<{ count: number }> {
  const unread = db
    .select({ id: notifications.id })
    .from(notifications)
    .where(and(eq(notifications.userId, actor.userId), eq(notifications.read, false)))
    .limit(UNREAD_COUNT_CAP)
    .as('unread');
  const [row] = await db.select({ n: count() }).from(unread);
  return { count: row?.n ?? 0 };
}
