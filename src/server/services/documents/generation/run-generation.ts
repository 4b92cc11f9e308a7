/**
 * One document generation, as named, memoized steps. The workflow (inngest/functions/
 * generate-document.ts) runs it under Inngest or in-process; tests run it with their own step
 * runner and model. Every step returns JSON (Inngest memoizes step results as JSON), and the
 * version is stored under the request's idempotency key, so a retried step finds the version it
 * already stored instead of adding a second one. Quality is computed before the version is stored,
 * so a stored version is never without its metrics.
 */
import { eq } from 'drizzle-orm';
import type { LanguageModel } from 'ai';
import type { DocumentContent } from '@/lib/validators/documents';
import type { DocumentLength, DocumentMetadata, DocumentTone } from '@/lib/validators/documents-api';
import type { DbOrTx } from '@/server/db';
import { documentGenerationRequests } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import type { Logger } from '@/server/logger';
import type { WorkflowStep } from '~/inngest/workflow';
import { applyTemplate } from '../apply-template';
import { computeQuality, qualityScore } from '../compute-quality';
import { extractJobRequirements } from '../extract-requirements';
import { modelId } from '../model/choose-model';
import { PROMPT_VERSION, writeCoverLetterWithModel, writeResumeWithModel } from '../model/write-with-model';
import { buildFactIndex, loadSeekerProfile } from '../profile-facts';
import { leftOut } from '../left-out';
import { selectFacts } from '../select-facts';
import { getDocumentStore } from '../store';
import { templateOrDefault } from '../templates';
import { validateTruthfulness } from '../validate-truthfulness';
import { writeCoverLetterOffline, writeResumeOffline } from '../write-offline';
import { loadJobForDocument } from './load-job';
import { notifyDocumentReady } from './notify-document-ready';
import { assertProfileCanGenerate } from './preconditions';
import { markDone, markFailed, markStep, markStepDuring, recordVersion } from './progress';

export interface GenerationOptions {
  /** The language model; null writes offline. */
  model: LanguageModel | null;
  logger: Logger;
}

export interface GenerationResult {
  status: 'done' | 'failed';
  versionId: string | null;
  documentId: string | null;
  removals: number;
}

export const idempotencyKeyFor = (requestId: string) => `generate:${requestId}`;

async function loadRequest(db: DbOrTx, requestId: string) {
  const [request] = await db
    .select()
    .from(documentGenerationRequests)
    .where(eq(documentGenerationRequests.id, requestId))
    .limit(1);
  if (!request) throw new AppError('NOT_FOUND', 'This document request does not exist.');
  return request;
}

async function seekerOf(db: DbOrTx, userId: string) {
  const seeker = await loadSeekerProfile(db, userId);
  if (!seeker) throw new AppError('NOT_FOUND', 'This account no longer exists.');
  return seeker;
}

export async function runGeneration(
  db: DbOrTx,
  requestId: string,
  step: WorkflowStep,
  opts: GenerationOptions,
): Promise<GenerationResult> {
  const started = Date.now();
  try {
    const request = await loadRequest(db, requestId);
    const tone = (request.options.tone ?? 'professional') as DocumentTone;
    const length = (request.options.length ?? 'standard') as DocumentLength;

    // A step that reads or writes marks its progress while it does (markStepDuring), not before.
    const requirements = await step.run('extract-requirements', async () => {
      const job = await markStepDuring(db, requestId, 'extract-requirements', loadJobForDocument(db, request.jobId, request.userId));
      if (!job) throw new AppError('NOT_FOUND', 'The job this document was for was removed.');
      return extractJobRequirements(job);
    });

    const selected = await step.run('select-facts', async () => {
      const seeker = await markStepDuring(db, requestId, 'select-facts', seekerOf(db, request.userId));
      assertProfileCanGenerate(seeker);
      return { seeker, facts: selectFacts(seeker, requirements, length) };
    });

    const written = await step.run('write', async () => {
      await markStep(db, requestId, 'write');
      const { seeker, facts } = selected;
      const offline = (): DocumentContent =>
        request.kind === 'resume' ? writeResumeOffline(seeker, facts) : writeCoverLetterOffline(seeker, facts, requirements, tone, length);
      if (!opts.model) return { content: offline(), aiModel: 'offline', promptVersion: null, fallbackReason: null };
      try {
        const modelOpts = { model: opts.model, tone, length };
        const content: DocumentContent =
          request.kind === 'resume'
            ? await writeResumeWithModel(seeker, facts, requirements, modelOpts)
            : await writeCoverLetterWithModel(seeker, facts, requirements, modelOpts);
        return { content, aiModel: modelId(opts.model), promptVersion: PROMPT_VERSION, fallbackReason: null };
      } catch (err) {
        // The model is down, slow, or its circuit is open: the offline writer stands in.
        opts.logger.warn({ err, requestId }, 'document model failed: offline writer used');
        const reason = err instanceof Error ? err.message.slice(0, 300) : 'The language model failed.';
        return { content: offline(), aiModel: 'offline', promptVersion: null, fallbackReason: reason };
      }
    });

    const validated = await step.run('validate', async () => {
      // Checked against the profile as it is now, not as the earlier steps read it.
      const index = buildFactIndex(await markStepDuring(db, requestId, 'validate', seekerOf(db, request.userId)));
      return validateTruthfulness(written.content, index, { title: requirements.title, company: requirements.company });
    });

    const laidOut = await step.run('layout', async () => {
      await markStep(db, requestId, 'layout');
      return applyTemplate(validated.content, templateOrDefault(request.templateId));
    });

    const quality = await step.run('quality', async () => {
      await markStep(db, requestId, 'quality');
      const q = await computeQuality(laidOut, templateOrDefault(request.templateId), selected.seeker, requirements);
      return { quality: q, score: qualityScore(q, laidOut.kind) };
    });

    const stored = await step.run('store-version', async () => {
      const metadata: DocumentMetadata = {
        wordCount: quality.quality.wordCount,
        keywordsUsed: quality.quality.keywordsUsed,
        generationTime: Date.now() - started,
        aiModel: written.aiModel,
        promptVersion: written.promptVersion,
        qualityScore: quality.score,
        quality: quality.quality,
        removals: validated.removals,
        leftOut: leftOut(validated.content, selected.seeker.profile, selected.facts, length),
        fallbackReason: written.fallbackReason,
        tone,
        length,
      };
      const store = await getDocumentStore(db);
      const { version } = await markStepDuring(
        db,
        requestId,
        'store-version',
        store.createVersion({
          userId: request.userId,
          jobId: request.jobId,
          applicationId: request.applicationId,
          kind: request.kind,
          templateId: request.templateId,
          parentId: null,
          status: 'generated',
          content: laidOut,
          metadata,
          idempotencyKey: idempotencyKeyFor(requestId),
        }),
      );
      await recordVersion(db, requestId, version.id, version.documentId);
      return { versionId: version.id, documentId: version.documentId };
    });

    await step.run('notify', async () => {
      await markStepDuring(
        db,
        requestId,
        'notify',
        notifyDocumentReady(db, {
          userId: request.userId,
          requestId,
          versionId: stored.versionId,
          kind: request.kind,
          jobTitle: requirements.title,
          company: requirements.company,
        }),
      );
      await markDone(db, requestId);
      return true;
    });
    return { status: 'done', ...stored, removals: validated.removals.length };
  } catch (err) {
    const message =
      err instanceof AppError && err.isOperational ? err.message : 'Generation failed on our side; it is retried automatically.';
    await markFailed(db, requestId, message).catch(() => {});
    // A missing job or an empty profile will not fix itself: no retry, the request says why.
    if (err instanceof AppError && err.isOperational) {
      return { status: 'failed', versionId: null, documentId: null, removals: 0 };
    }
    throw err;
  }
}
