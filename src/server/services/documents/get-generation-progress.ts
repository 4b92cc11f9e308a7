import { and, eq } from 'drizzle-orm';
import { GENERATION_STEPS, type GenerationProgress, type GenerationStep } from '@/lib/validators/documents-api';
import type { DbOrTx } from '@/server/db';
import { documentGenerationRequests } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '../actor';

/** How far the caller's own generation request got (polled by the browser). */
export async function getGenerationProgress(db: DbOrTx, input: { requestId: string }, actor: Actor): Promise<GenerationProgress> {
  const [r] = await db
    .select()
    .from(documentGenerationRequests)
    .where(and(eq(documentGenerationRequests.id, input.requestId), eq(documentGenerationRequests.userId, actor.userId)))
    .limit(1);
  if (!r) throw new AppError('NOT_FOUND', 'Document request not found.');
  const step = GENERATION_STEPS.includes(r.step as GenerationStep) ? (r.step as GenerationStep) : null;
  return {
    requestId: r.id,
    status: r.status,
    step,
    stepsDone: r.stepsDone,
    stepsTotal: GENERATION_STEPS.length,
    error: r.error,
    versionId: r.versionId,
    documentId: r.documentId,
  };
}
