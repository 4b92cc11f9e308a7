import { eq } from 'drizzle-orm';
import { GENERATION_STEPS, type GenerationStep } from '@/lib/validators/documents-api';
import type { DbOrTx } from '@/server/db';
import { documentGenerationRequests } from '@/server/db/schema';

/** Marks `step` as the one running (and the ones before it as done) so the browser can show it. */
export async function markStep(db: DbOrTx, requestId: string, step: GenerationStep): Promise<void> {
  await db
    .update(documentGenerationRequests)
    .set({ status: 'running', step, stepsDone: GENERATION_STEPS.indexOf(step), error: null })
    .where(eq(documentGenerationRequests.id, requestId));
}

export async function markDone(db: DbOrTx, requestId: string): Promise<void> {
  await db
    .update(documentGenerationRequests)
    .set({ status: 'done', step: null, stepsDone: GENERATION_STEPS.length, error: null })
    .where(eq(documentGenerationRequests.id, requestId));
}

/** Failed, with a message for the seeker; a retried run sets it back to running at its next step. */
export async function markFailed(db: DbOrTx, requestId: string, message: string): Promise<void> {
  await db
    .update(documentGenerationRequests)
    .set({ status: 'failed', error: message.slice(0, 1000) })
    .where(eq(documentGenerationRequests.id, requestId));
}

export async function recordVersion(db: DbOrTx, requestId: string, versionId: string, documentId: string): Promise<void> {
  await db
    .update(documentGenerationRequests)
    .set({ versionId, documentId })
    .where(eq(documentGenerationRequests.id, requestId));
}

/**
 * Marks `step` while `work` (the step's own reads or writes) is under way, so the mark costs no
 * extra wait. Both are settled before this returns or throws: a mark still in flight could
 * otherwise land after markFailed and show a failed request as running.
 */
export async function markStepDuring<T>(db: DbOrTx, requestId: string, step: GenerationStep, work: Promise<T>): Promise<T> {
  const [mark, result] = await Promise.allSettled([markStep(db, requestId, step), work]);
  if (result.status === 'rejected') throw result.reason;
  if (mark.status === 'rejected') throw mark.reason;
  return result.value;
}
