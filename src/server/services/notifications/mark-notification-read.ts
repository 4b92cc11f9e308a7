import { and, eq } from 'drizzle-orm';
import { markNotificationReadInput, type NotificationOutput } from '@/lib/validators/notifications';
import type { DbOrTx } from '@/server/db';
import { notifications } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '../actor';
import { notificationColumns } from './list-notifications';

/** Someone else's notification answers NOT_FOUND: its existence is not ours to reveal. */
export async function markNotificationRead(
  db: DbOrTx,
  raw: { id: string },
  actor: Actor,
): Promise<NotificationOutput> {
  const { id } = markNotificationReadInput.parse(raw);
  const [row] = await db
    .update(notifications)
    .set({ read: true })
    .where(and(eq(notifications.id, id), eq(notifications.userId, actor.userId)))
    .returning(notificationColumns);
  if (!row) throw new AppError('NOT_FOUND', 'Notification not found.');
  return row;
}
