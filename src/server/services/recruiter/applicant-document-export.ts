import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/server/db';
import { applications } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '../actor';
import { getApplicantDocument } from '../documents/get-applicant-document';
import { loadDocumentForExport, type DocumentForExport } from '../documents/load-document-for-export';

/**
 * The version an applicant attached, for a download by a recruiter of the hiring company (the
 * same check as documents.forApplication), or null for anyone else, for a version that is not the
 * one attached to that application, or for a private bookmark: the route answers 404 alike.
 */
export async function applicantDocumentForExport(
  db: DbOrTx,
  actor: Actor,
  applicationId: string,
  versionId: string,
): Promise<DocumentForExport | null> {
  if (actor.role !== 'recruiter' && actor.role !== 'admin') return null;
  let attached;
  try {
    attached = await getApplicantDocument(db, { applicationId }, actor);
  } catch (err) {
    if (err instanceof AppError && err.code === 'NOT_FOUND') return null;
    throw err;
  }
  if (attached.versionId !== versionId) return null;
  const [app] = await db
    .select({ userId: applications.userId })
    .from(applications)
    .where(eq(applications.id, applicationId))
    .limit(1);
  return app ? loadDocumentForExport(db, app.userId, versionId, actor.userId) : null;
}
