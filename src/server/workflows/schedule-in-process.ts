/**
 * Scheduled work when no Inngest server is configured (one machine, nothing set up): the same
 * jobs the Inngest cron functions run, on a timer inside the server process. With Inngest
 * configured this does nothing: Inngest's scheduler calls the functions instead.
 */
import { inngestConfigured } from '~/inngest/client';
import { runJobAlertsInProcess } from '~/inngest/functions/job-alerts';
import { getDatabase } from '@/server/db';
import { logger } from '@/server/logger';
import { createDueFollowUpReminders } from '@/server/services/applications/create-due-follow-up-reminders';

const HOUR_MS = 3_600_000;
const globalForSchedule = globalThis as unknown as { __gmjSchedule?: NodeJS.Timeout };

async function runDueWork(): Promise<void> {
  try {
    const { created } = await createDueFollowUpReminders((await getDatabase()).db, new Date());
    if (created > 0) logger.info({ created }, 'follow-up reminders created');
  } catch (err) {
    logger.error({ err }, 'scheduled follow-up reminders failed');
  }
  try {
    const alerts = await runJobAlertsInProcess((await getDatabase()).db, new Date());
    if (alerts.digests > 0) logger.info(alerts, 'job alert digests sent');
  } catch (err) {
    logger.error({ err }, 'scheduled job alerts failed');
  }
}

export function startInProcessSchedule(): void {
  if (inngestConfigured || globalForSchedule.__gmjSchedule) return;
  // A first run shortly after boot catches up on reminders that fell due while the server was down.
  setTimeout(() => void runDueWork(), 10_000).unref();
  globalForSchedule.__gmjSchedule = setInterval(() => void runDueWork(), HOUR_MS).unref();
}
