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
import { startDueSources } from '@/server/services/ingestion/runs/due-sources';

const HOUR_MS = 3_600_000;
const globalForSchedule = globalThis as unknown as {
  __gmjSchedule?: NodeJS.Timeout;
  __gmjIngestSchedule?: NodeJS.Timeout;
};
/** As the Inngest ingestion cron: job sources whose schedule slot is due, every 15 minutes. */
const INGEST_EVERY_MS = 15 * 60_000;

async function startDueIngestion(): Promise<void> {
  try {
    const started = await startDueSources((await getDatabase()).db, new Date());
    if (started > 0) logger.info({ started }, 'due job sources started');
  } catch (err) {
    logger.error({ err }, 'scheduled ingestion failed');
  }
}

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
  // No source rows exist until an admin adds one: an offline `npm run dev` fetches nothing.
  globalForSchedule.__gmjIngestSchedule = setInterval(() => void startDueIngestion(), INGEST_EVERY_MS).unref();
}
