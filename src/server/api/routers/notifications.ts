import { z } from 'zod';
import {
  listNotificationsInput,
  markAllReadOutput,
  markNotificationReadInput,
  notificationOutput,
  unreadCountOutput,
} from '@/lib/validators/notifications';
import { countUnreadNotifications } from '@/server/services/notifications/count-unread-notifications';
import { listNotifications } from '@/server/services/notifications/list-notifications';
import { markAllNotificationsRead } from '@/server/services/notifications/mark-all-notifications-read';
import { markNotificationRead } from '@/server/services/notifications/mark-notification-read';
import { createTRPCRouter, protectedProcedure } from '../trpc';

export const notificationsRouter = createTRPCRouter({
  list: protectedProcedure
    .input(listNotificationsInput)
    .output(z.array(notificationOutput))
    .query(({ ctx, input }) => listNotifications(ctx.db, input, ctx.actor)),

  unreadCount: protectedProcedure
    .output(unreadCountOutput)
    .query(({ ctx }) => countUnreadNotifications(ctx.db, ctx.actor)),

  markRead: protectedProcedure
    .input(markNotificationReadInput)
    .output(notificationOutput)
    .mutation(({ ctx, input }) => markNotificationRead(ctx.db, input, ctx.actor)),

  markAllRead: protectedProcedure
    .output(markAllReadOutput)
    .mutation(({ ctx }) => markAllNotificationsRead(ctx.db, ctx.actor)),
});
