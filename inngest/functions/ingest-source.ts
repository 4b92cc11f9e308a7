import { runSourceRow } from '@/server/services/ingestion/runs/run-source-row';
import { defineWorkflow } from '../workflow';

/**
 * One run of one job source. The run never throws for bad records or a failing board (they are
 * recorded on the run); a database failure is retried. On Inngest the function also carries a
 * concurrency limit per source and per host and an idempotency key per (source, slot): see
 * ingest-source-function.ts.
 */
export const ingestSource = defineWorkflow({
  id: 'ingest-source',
  event: 'ingestion/source-run',
  retries: 3,
  handler: async ({ event, step, deps }) => {
    const { sourceId, runId } = event.data;
    const summary = await step.run('run-source', () => runSourceRow(deps.db, sourceId, runId));
    const { jobIds: _written, ...counts } = summary;
    return counts;
  },
});
