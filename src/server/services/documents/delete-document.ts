/**
 * Deletes one of the caller's documents: every version of it, named by any one of them, and the
 * generation requests that made it (their progress would point at nothing). A document sent with
 * an application is kept: the company reads that version with the application, and the seeker's
 * record of what they sent must not vanish from under it.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '@/server/db';
import { applications, documentGenerationRequests } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '../actor';
import { ownVersion } from './version-output';

export async function deleteDocument(
  db: DbOrTx,
  input: { id: string },
  actor: Actor,
): Promise<{ deletedVersions: number }> {
  const { version, store } = await ownVersion(db, input.id, actor);
  const versions = await store.listVersions(version.documentId);
  const ids = versions.map((v) => v.id);
  const [sent] = await db
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.userId, actor.userId), inArray(applications.documentVersionId, ids)))
    .limit(1);
  if (sent || versions.some((v) => v.applicationId !== null)) {
    throw new AppError(
      'CONFLICT',
      'This document was sent with your application, so it is kept: the company reads it there.',
    );
  }
  const deletedVersions = await store.deleteDocument(version.documentId);
  await db
    .delete(documentGenerationRequests)
    .where(
      and(
        eq(documentGenerationRequests.userId, actor.userId),
        eq(documentGenerationRequests.documentId, version.documentId),
      ),
    );
  return { deletedVersions };
}
