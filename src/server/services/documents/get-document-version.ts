import type { DocumentVersionOutput } from '@/lib/validators/documents-api';
import type { DbOrTx } from '@/server/db';
import type { Actor } from '../actor';
import { ownVersion, toVersionOutput } from './version-output';

/** One of the caller's versions with its content, quality and template. */
export async function getDocumentVersion(db: DbOrTx, input: { id: string }, actor: Actor): Promise<DocumentVersionOutput> {
  const { version } = await ownVersion(db, input.id, actor);
  return toVersionOutput(db, version);
}
