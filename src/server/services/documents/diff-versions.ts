import { diffWords } from 'diff';
import type { DocumentDiffOutput } from '@/lib/validators/documents-api';
import type { DbOrTx } from '@/server/db';
import type { Actor } from '../actor';
import { documentSectionsText } from './document-text';
import { ownVersion } from './version-output';

/**
 * A word-level diff (the `diff` package) of two of the caller's versions, section by section in
 * the newer one's order; a section only one of them has is all added or all removed.
 */
export async function diffDocumentVersions(
  db: DbOrTx,
  input: { fromId: string; toId: string },
  actor: Actor,
): Promise<DocumentDiffOutput> {
  const [{ version: from }, { version: to }] = await Promise.all([
    ownVersion(db, input.fromId, actor),
    ownVersion(db, input.toId, actor),
  ]);
  const before = new Map(documentSectionsText(from.content).map((s) => [s.section, s.text]));
  const after = documentSectionsText(to.content);
  const names = [...after.map((s) => s.section), ...[...before.keys()].filter((k) => !after.some((s) => s.section === k))];
  const afterText = new Map(after.map((s) => [s.section, s.text]));
  return {
    fromId: from.id,
    toId: to.id,
    sections: names.map((section) => ({
      section,
      changes: diffWords(before.get(section) ?? '', afterText.get(section) ?? '').map((c) => ({
        value: c.value,
        added: Boolean(c.added),
        removed: Boolean(c.removed),
      })),
    })),
  };
}
