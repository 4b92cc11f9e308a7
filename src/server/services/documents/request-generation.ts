import { and, eq } from 'drizzle-orm';
import { generateDocumentInput, type GenerateDocumentInput } from '@/lib/validators/documents-api';
import type { Database } from '@/server/db';
import { applications, documentGenerationRequests } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { dispatch } from '@/server/workflows/dispatch';
import type { Actor } from '../actor';
import { assertProfileCanGenerate } from './generation/preconditions';
import { loadJobForDocument } from './generation/load-job';
import { loadSeekerProfile } from './profile-facts';
import { getDocumentStore } from './store';
import { DEFAULT_TEMPLATE_ID, getTemplate } from './templates';

/**
 * Queues a tailored document for a job. What can be known now is checked now (the job exists,
 * the application is the caller's, the template is known, the profile has something to say),
 * so the seeker gets a typed error instead of a failed request; the rest runs as a workflow.
 */
export async function requestDocumentGeneration(
  db: Database,
  raw: GenerateDocumentInput,
  actor: Actor,
): Promise<{ requestId: string; documentId: string | null }> {
  const input = generateDocumentInput.parse(raw);
  // Read together (one wait, not two); checked in the same order as before.
  const [job, seeker] = await Promise.all([loadJobForDocument(db, input.jobId, actor.userId), loadSeekerProfile(db, actor.userId)]);
  if (!job) throw new AppError('NOT_FOUND', 'This job does not exist or was removed.');
  if (input.applicationId) {
    const [own] = await db
      .select({ jobId: applications.jobId })
      .from(applications)
      .where(and(eq(applications.id, input.applicationId), eq(applications.userId, actor.userId)))
      .limit(1);
    if (!own) throw new AppError('NOT_FOUND', 'Application not found.');
    if (own.jobId !== input.jobId) {
      throw new AppError('VALIDATION_ERROR', 'This application is for another job.', { fields: { applicationId: ['This application is for another job.'] } });
    }
  }
  const store = await getDocumentStore(db);
  const templateId = input.templateId ?? (await store.getDefaultTemplate(actor.userId)) ?? DEFAULT_TEMPLATE_ID;
  if (!getTemplate(templateId)) {
    throw new AppError('VALIDATION_ERROR', 'There is no such template.', { fields: { templateId: ['There is no such template.'] } });
  }
  if (!seeker) throw new AppError('NOT_FOUND', 'This account no longer exists.');
  assertProfileCanGenerate(seeker);

  const [request] = await db
    .insert(documentGenerationRequests)
    .values({
      userId: actor.userId,
      jobId: input.jobId,
      applicationId: input.applicationId ?? null,
      kind: input.kind,
      templateId,
      options: { ...(input.tone ? { tone: input.tone } : {}), ...(input.length ? { length: input.length } : {}) },
    })
    .returning({ id: documentGenerationRequests.id });
  if (!request) throw new Error('generation request not inserted');
  await dispatch(db, 'documents/generate', { requestId: request.id });
  return { requestId: request.id, documentId: null };
}
