import { and, desc, eq } from 'drizzle-orm';
import {
  listNotificationsInput,
  type ListNotificationsInput,
  type NotificationOutput,
} from '@/lib/validators/notifications';
import type { DbOrTx } from '@/server/db';
import { notifications } from '@/server/db/schema';
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

/** The caller's own notifications, newest first. */
export async function listNotifications(
  db: DbOrTx,
  raw: ListNotificationsInput,
  actor: Actor,
): Promise<NotificationOutput[]> {
  const input = listNotificationsInput.parse(raw);
  const mine = eq(notifications.userId, actor.userId);
  return db
    .select(notificationColumns)
    .from(notifications)
    .where(input.unreadOnly ? and(mine, eq(notifications.read, false)) : mine)
    .orderBy(desc(notifications.createdAt))
    .limit(input.limit);
}
