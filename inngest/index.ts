import { getDatabase } from '@/server/db';
import { logger } from '@/server/logger';
import { welcomeNotification } from './functions/welcome-notification';
import { toInngestFunction, type WorkflowDeps } from './workflow';

/** Every workflow; the dispatcher and the Inngest serve route both read this list. */
export const workflows = [welcomeNotification] as const;

const productionDeps = async (): Promise<WorkflowDeps> => ({ db: (await getDatabase()).db, logger });

export const inngestFunctions = workflows.map((w) => toInngestFunction(w, productionDeps));
