import { eq } from 'drizzle-orm';
import type { ApplicantDocumentOutput } from '@/lib/validators/documents-api';
import type { DbOrTx } from '@/server/db';
import { applications } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '../actor';
import { ownedJob } from '../recruiter/recruiter-company';
import { getDocumentStore } from './store';
import { templateOrDefault } from './templates';

const NOT_FOUND = 'No document was sent with this application.';

/**
 * The version an applicant attached to their application, for a recruiter of the hiring company:
 * the content and template only (quality figures and removal reports are the seeker's). Any other
 * application, or one without a document, is NOT_FOUND.
 */
export async function getApplicantDocument(
  db: DbOrTx,
  input: { applicationId: string },
  actor: Actor,
): Promise<ApplicantDocumentOutput> {
  const [app] = await db
    .select({ userId: applications.userId, jobId: applications.jobId, status: applications.status, versionId: applications.documentVersionId })
    .from(applications)
    .where(eq(applications.id, input.applicationId))
    .limit(1);
  if (!app || app.status === 'saved') throw new AppError('NOT_FOUND', NOT_FOUND);
  await ownedJob(db, actor, app.jobId);
  if (!app.versionId) throw new AppError('NOT_FOUND', NOT_FOUND);
  const version = await (await getDocumentStore(db)).getVersion(app.versionId);
  if (!version || version.userId !== app.userId) throw new AppError('NOT_FOUND', NOT_FOUND);
  return {
    applicationId: input.applicationId,
    versionId: version.id,
    kind: version.kind,
    version: version.version,
    content: version.content,
    template: templateOrDefault(version.templateId),
    createdAt: version.createdAt,
  };
}
