import { and, eq } from 'drizzle-orm';
import type { DocumentTemplate } from '@/lib/validators/documents';
import type { DocumentVersionOutput } from '@/lib/validators/documents-api';
import type { DbOrTx } from '@/server/db';
import { applications } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '../actor';
import { lockDocumentsOf } from './lock-documents';
import { getDocumentStore } from './store';
import { DEFAULT_TEMPLATE_ID, getTemplate, listTemplates } from './templates';
import { ownVersion, toVersionOutput } from './version-output';

/** Marks one of the caller's versions as a draft or as final (generated/edited are set by the system). */
export async function setDocumentStatus(
  db: DbOrTx,
  input: { id: string; status: 'draft' | 'finalized' },
  actor: Actor,
): Promise<DocumentVersionOutput> {
  const { store } = await ownVersion(db, input.id, actor);
  const updated = await store.setStatus(input.id, input.status);
  if (!updated) throw new AppError('NOT_FOUND', 'Document not found.');
  return toVersionOutput(db, updated);
}

export async function documentTemplates(
  db: DbOrTx,
  actor: Actor,
): Promise<{ templates: DocumentTemplate[]; defaultTemplateId: string }> {
  const store = await getDocumentStore(db);
  const chosen = await store.getDefaultTemplate(actor.userId);
  return {
    templates: listTemplates(),
    defaultTemplateId: chosen && getTemplate(chosen) ? chosen : DEFAULT_TEMPLATE_ID,
  };
}

export async function setDefaultTemplate(
  db: DbOrTx,
  input: { templateId: string },
  actor: Actor,
): Promise<{ templates: DocumentTemplate[]; defaultTemplateId: string }> {
  if (!getTemplate(input.templateId)) {
    throw new AppError('NOT_FOUND', 'There is no such template.', {
      fields: { templateId: ['There is no such template.'] },
    });
  }
  const store = await getDocumentStore(db);
  await store.setDefaultTemplate(actor.userId, input.templateId);
  return { templates: listTemplates(), defaultTemplateId: input.templateId };
}

/**
 * Records which version was sent with an application: the application points at the version and
 * the version at the application. Both must be the caller's own, or the answer is NOT_FOUND.
 */
export async function attachToApplication(
  db: DbOrTx,
  input: { versionId: string; applicationId: string },
  actor: Actor,
): Promise<{ applicationId: string; versionId: string }> {
  return db.transaction(async (tx) => {
    // After a delete of this document that runs at the same time, not in the middle of it.
    await lockDocumentsOf(tx, actor.userId);
    const { store } = await ownVersion(tx, input.versionId, actor);
    const [row] = await tx
      .update(applications)
      .set({ documentVersionId: input.versionId })
      .where(and(eq(applications.id, input.applicationId), eq(applications.userId, actor.userId)))
      .returning({ id: applications.id });
    if (!row) throw new AppError('NOT_FOUND', 'Application not found.');
    await store.setApplication(input.versionId, input.applicationId);
    return { applicationId: row.id, versionId: input.versionId };
  });
}
