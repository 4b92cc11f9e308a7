import { getDatabase } from '@/server/db';
import { createDueFollowUpReminders } from '@/server/services/applications/create-due-follow-up-reminders';
import { inngest } from '../client';

/** Every hour: a notification for each application whose follow-up day has come (idempotent). */
export const FOLLOW_UP_CRON = '0 * * * *';

export const followUpRemindersFunction = inngest.createFunction(
  { id: 'follow-up-reminders', triggers: [{ cron: FOLLOW_UP_CRON }] },
  async ({ step }) =>
    step.run('create-due-reminders', async () => createDueFollowUpReminders((await getDatabase()).db, new Date())),
);
