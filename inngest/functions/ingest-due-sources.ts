import { getDatabase } from '@/server/db';
import { findDueSources } from '@/server/services/ingestion/runs/due-sources';
import { inngest } from '../client';

/** Every 15 minutes: one ingestion/source-run event per enabled source whose schedule slot is due. */
export const INGEST_CRON = '*/15 * * * *';

export const ingestDueSourcesFunction = inngest.createFunction(
  { id: 'ingest-due-sources', triggers: [{ cron: INGEST_CRON }] },
  async ({ step }) => {
    const due = await step.run('find-due-sources', async () => findDueSources((await getDatabase()).db, new Date()));
    if (due.length > 0) {
      await step.sendEvent(
        'fan-out',
        due.map((d) => ({ name: 'ingestion/source-run' as const, data: d })),
      );
    }
    return { started: due.length };
  },
);
