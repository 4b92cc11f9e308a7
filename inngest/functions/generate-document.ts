import { getDocumentModel } from '@/server/services/documents/model/choose-model';
import { runGeneration } from '@/server/services/documents/generation/run-generation';
import { defineWorkflow } from '../workflow';

/**
 * A seeker asked for a tailored resume or cover letter: extract the job's requirements, select
 * facts, write (language model or offline), validate truthfulness, lay out, score, store the
 * version under the request's idempotency key, notify. Progress is kept on the request row.
 */
export const generateDocument = defineWorkflow({
  id: 'generate-document',
  event: 'documents/generate',
  handler: async ({ event, step, deps }) =>
    runGeneration(deps.db, event.data.requestId, step, { model: getDocumentModel(), logger: deps.logger }),
});
