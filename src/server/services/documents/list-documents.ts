import type { DocumentVersionSummary } from '@/lib/validators/documents-api';
import type { DbOrTx } from '@/server/db';
import { AppError } from '@/server/errors';
import type { Actor } from '../actor';
import { getDocumentStore } from './store';
import { jobNamesOf, toSummary } from './version-output';

/** The caller's documents, each as its latest version, newest first. */
export async function listDocuments(db: DbOrTx, actor: Actor): Promise<DocumentVersionSummary[]> {
  const store = await getDocumentStore(db);
  const latest = await store.listDocuments(actor.userId);
  const names = await jobNamesOf(db, latest);
  return latest.map((v) => toSummary(v, names));
}

/** Every version of one of the caller's documents, oldest first. */
export async function listVersions(db: DbOrTx, input: { documentId: string }, actor: Actor): Promise<DocumentVersionSummary[]> {
  const store = await getDocumentStore(db);
  const versions = await store.listVersions(input.documentId);
  if (versions.length === 0 || versions.some((v) => v.userId !== actor.userId)) {
    throw new AppError('NOT_FOUND', 'Document not found.');
  }
  const names = await jobNamesOf(db, versions);
  return versions.map((v) => toSummary(v, names));
}
