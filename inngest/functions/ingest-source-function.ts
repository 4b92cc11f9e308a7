import { getDatabase } from '@/server/db';
import { logger } from '@/server/logger';
import { inngest } from '../client';
import { ingestionSourceRun } from '../events';
import type { WorkflowStep } from '../workflow';
import { ingestSource } from './ingest-source';

/**
 * ingest-source on Inngest: at most one run per source at a time and four per host (many boards
 * share one API host), and one run per (source, schedule slot) even when the fan-out is retried.
 */
export const ingestSourceFunction = inngest.createFunction(
  {
    id: ingestSource.id,
    retries: 3,
    triggers: [ingestionSourceRun],
    concurrency: [
      { key: 'event.data.sourceId', limit: 1 },
      { key: 'event.data.hostKey', limit: 4 },
    ],
    idempotency: 'event.data.sourceId + "-" + event.data.slot',
  },
  async ({ event, step }) => {
    const adapted: WorkflowStep = {
      run: <T>(id: string, fn: () => Promise<T>) => step.run(id, fn) as Promise<T>,
      sleep: (id, durationMs) => step.sleep(id, durationMs),
    };
    return ingestSource.handler({
      event: { name: 'ingestion/source-run', data: event.data },
      step: adapted,
      deps: { db: (await getDatabase()).db, logger },
    });
  },
);
