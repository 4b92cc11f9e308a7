import { z } from 'zod';
import { NOTIFICATION_TYPES } from './enums';

export const listNotificationsInput = z.object({
  unreadOnly: z.boolean().default(false),
  limit: z.number().int().min(1).max(100).default(20),
  /** The last notification of the previous page: the next page is the ones older than it. */
  cursor: z.uuid('Not a valid notification id.').optional(),
});
export type ListNotificationsInput = z.input<typeof listNotificationsInput>;

export const markNotificationReadInput = z.object({ id: z.uuid('Not a valid notification id.') });

export const notificationOutput = z.object({
  id: z.uuid(),
  type: z.enum(NOTIFICATION_TYPES),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  read: z.boolean(),
  createdAt: z.date(),
});
export type NotificationOutput = z.infer<typeof notificationOutput>;

export const unreadCountOutput = z.object({
  /** Capped at UNREAD_COUNT_CAP: the bell shows "99+" long before. */
  count: z.number().int().min(0),
});
export const UNREAD_COUNT_CAP = 1000;

export const markAllReadOutput = z.object({ updated: z.number().int().min(0) });
