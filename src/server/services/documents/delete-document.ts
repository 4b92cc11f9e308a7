/**
 * Deletes one of the caller's documents: every version of it, named by any one of them, and the
 * generation requests that made it (their progress would point at nothing). A document sent with
 * an application (one the company may read: applications.document_version_id on anything but a
 * bookmark, as get-applicant-document.ts reads it) is kept, so the record of what was sent never
 * vanishes from under the company. Made from an application page but never sent, or attached to
 * a saved job only, it goes; the bookmark lets go of it.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '@/server/db';
import { applications, documentGenerationRequests, notifications } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '../actor';
import { lockDocumentsOf } from './lock-documents';
import { ownVersion } from './version-output';

export async function deleteDocument(
  db: DbOrTx,
  input: { id: string },
  actor: Actor,
): Promise<{ deletedVersions: number }> {
  return db.transaction(async (tx) => {
    await lockDocumentsOf(tx, actor.userId);
    const { version, store } = await ownVersion(tx, input.id, actor);
    const ids = (await store.listVersions(version.documentId)).map((v) => v.id);
    const mine = and(eq(applications.userId, actor.userId), inArray(applications.documentVersionId, ids));
    // Locked before their status is read: a bookmark moved to "applied" in that instant is then
    // seen as sent, instead of losing its document after the move.
    const holding = await tx.select({ status: applications.status }).from(applications).where(mine).for('update');
    if (holding.some((a) => a.status !== 'saved')) {
      throw new AppError(
        'CONFLICT',
        'This document was sent with your application, so it is kept: the company reads it there.',
      );
    }
    await tx.update(applications).set({ documentVersionId: null }).where(mine);
    await tx
      .delete(documentGenerationRequests)
      .where(
        and(
          eq(documentGenerationRequests.userId, actor.userId),
          eq(documentGenerationRequests.documentId, version.documentId),
        ),
      );
    // "Your resume for … is ready" would open a "Not found" page: the notices of its versions go too.
    await tx.delete(notifications).where(
      and(
        eq(notifications.userId, actor.userId),
        inArray(
          notifications.link,
          ids.map((id) => `/documents/${id}`),
        ),
      ),
    );
    // Last: the MongoDB store deletes at once, outside this transaction; nothing after it can fail.
    return { deletedVersions: await store.deleteDocument(version.documentId) };
  });
}
