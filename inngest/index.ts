import { getDatabase } from '@/server/db';
import { logger } from '@/server/logger';
import { followUpRemindersFunction } from './functions/follow-up-reminders';
import { ingestDueSourcesFunction } from './functions/ingest-due-sources';
import { ingestSource } from './functions/ingest-source';
import { ingestSourceFunction } from './functions/ingest-source-function';
import { generateDocument } from './functions/generate-document';
import { instantJobAlerts, jobAlertsFunction } from './functions/job-alerts';
import { matchJobs } from './functions/match-jobs';
import { matchProfile } from './functions/match-profile';
import { refreshAnalyticsWorkflow } from './functions/refresh-analytics';
import { welcomeNotification } from './functions/welcome-notification';
import { toInngestFunction, type WorkflowDeps } from './workflow';

/** Every workflow; the dispatcher and the Inngest serve route both read this list. */
export const workflows = [
  welcomeNotification,
  matchProfile,
  matchJobs,
  refreshAnalyticsWorkflow,
  generateDocument,
  instantJobAlerts,
  ingestSource,
] as const;

const productionDeps = async (): Promise<WorkflowDeps> => ({ db: (await getDatabase()).db, logger });

// Spelled out per workflow: mapping over the tuple would widen each one's event type to the union.
export const inngestFunctions = [
  followUpRemindersFunction,
  jobAlertsFunction,
  toInngestFunction(welcomeNotification, productionDeps),
  toInngestFunction(matchProfile, productionDeps),
  toInngestFunction(matchJobs, productionDeps),
  toInngestFunction(refreshAnalyticsWorkflow, productionDeps),
  toInngestFunction(generateDocument, productionDeps),
  toInngestFunction(instantJobAlerts, productionDeps),
  ingestDueSourcesFunction,
  ingestSourceFunction,
];
