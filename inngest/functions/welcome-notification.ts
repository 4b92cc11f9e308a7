import { createWelcomeNotification } from '@/server/services/notifications/create-welcome-notification';
import { defineWorkflow } from '../workflow';

/** On sign-up, greet the user in their notification inbox (idempotent on retry). */
export const welcomeNotification = defineWorkflow({
  id: 'welcome-notification',
  event: 'user/signed-up',
  handler: async ({ event, step, deps }) => {
    const notification = await step.run('create-welcome-notification', () =>
      createWelcomeNotification(deps.db, event.data),
    );
    return { notificationId: notification.id, created: notification.created };
  },
});
