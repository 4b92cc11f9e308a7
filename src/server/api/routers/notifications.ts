import { z } from 'zod';
import { listNotificationsInput, markNotificationReadInput, notificationOutput } from '@/lib/validators/notifications';
import { listNotifications } from '@/server/services/notifications/list-notifications';
import { markNotificationRead } from '@/server/services/notifications/mark-notification-read';
import { createTRPCRouter, protectedProcedure } from '../trpc';

export const notificationsRouter = createTRPCRouter({
  list: protectedProcedure
    .input(listNotificationsInput)
    .output(z.array(notificationOutput))
    .query(({ ctx, input }) => listNotifications(ctx.db, input, ctx.actor)),

  markRead: protectedProcedure
    .input(markNotificationReadInput)
    .output(notificationOutput)
    .mutation(({ ctx, input }) => markNotificationRead(ctx.db, input, ctx.actor)),
});
