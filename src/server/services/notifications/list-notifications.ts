import { and, desc, eq, sql } from 'drizzle-orm';
import {
  listNotificationsInput,
  type ListNotificationsInput,
  type NotificationOutput,
} from '@/lib/validators/notifications';
import type { DbOrTx } from '@/server/db';
import { notifications } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '../actor';

export const notificationColumns = {
  id: notifications.id,
  type: notifications.type,
  title: notifications.title,
  body: notifications.body,
  link: notifications.link,
  read: notifications.read,
  createdAt: notifications.createdAt,
};

/** Older than the caller's own notification `cursor` (by time, then id): someone else's is NOT_FOUND. */
async function olderThan(db: DbOrTx, cursor: string, actor: Actor) {
  const [at] = await db
    .select({ createdAt: notifications.createdAt })
    .from(notifications)
    .where(and(eq(notifications.id, cursor), eq(notifications.userId, actor.userId)));
  if (!at) throw new AppError('NOT_FOUND', 'Notification not found.');
  return sql`(${notifications.createdAt}, ${notifications.id}) < (${at.createdAt.toISOString()}::timestamptz, ${cursor}::uuid)`;
}

/**
 * The caller's own notifications, newest first, a page at a time: pass the last one's id as
 * `cursor` for the next page (a full page means there may be more).
 */
export async function listNotifications(
  db: DbOrTx,
  raw: ListNotificationsInput,
  actor: Actor,
): Promise<NotificationOutput[]> {
  const input = listNotificationsInput.parse(raw);
  return db
    .select(notificationColumns)
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, actor.userId),
        input.unreadOnly ? eq(notifications.read, false) : undefined,
        input.cursor ? await olderThan(db, input.cursor, actor) : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(input.limit);
}
