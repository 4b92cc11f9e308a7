import { isDeepStrictEqual } from 'node:util';
import { saveEditInput, type DocumentVersionOutput, type SaveEditInput } from '@/lib/validators/documents-api';
import type { DbOrTx } from '@/server/db';
import { AppError } from '@/server/errors';
import type { Actor } from '../actor';
import { computeQuality, qualityScore } from './compute-quality';
import { buildFactIndex, loadSeekerProfile } from './profile-facts';
import { requirementsForVersion } from './requirements-for-version';
import { validateTruthfulness } from './validate-truthfulness';
import { templateOrDefault } from './templates';
import { ownVersion, toVersionOutput } from './version-output';

/**
 * Saves the seeker's edit of a version as a new version ('edited'), after the same truthfulness
 * check generation gets: the seeker may reword, not invent. What was removed is in the new
 * version's metadata.removals, for the editor to show.
 */
export async function saveDocumentEdit(db: DbOrTx, raw: SaveEditInput, actor: Actor): Promise<DocumentVersionOutput> {
  const input = saveEditInput.parse(raw);
  const { version: parent, store } = await ownVersion(db, input.id, actor);
  if (input.content.kind !== parent.kind) {
    throw new AppError('VALIDATION_ERROR', 'An edit cannot turn a resume into a cover letter or back.', {
      fields: { content: ['An edit keeps the document kind.'] },
    });
  }
  const started = Date.now();
  const seeker = await loadSeekerProfile(db, actor.userId);
  if (!seeker) throw new AppError('NOT_FOUND', 'This account no longer exists.');
  const requirements = await requirementsForVersion(db, parent);
  const job = requirements.title ? { title: requirements.title, company: requirements.company } : null;
  const { content, removals } = validateTruthfulness(input.content, buildFactIndex(seeker), job);
  // Nothing left to save (no change, or every change was left out): no new version identical to
  // this one, and the message says what was left out and why.
  if (isDeepStrictEqual(content, parent.content)) {
    const why = removals.map((r) => `“${r.value}”: ${r.reason}`).join(' ');
    const message = (
      removals.length
        ? `Nothing saved: what you changed is not in your profile. ${why}`
        : 'Nothing saved: this version is unchanged.'
    ).slice(0, 1000);
    throw new AppError('VALIDATION_ERROR', message, { fields: { content: [message] } });
  }
  const quality = await computeQuality(content, templateOrDefault(parent.templateId), seeker, requirements);
  const { version } = await store.createVersion({
    userId: actor.userId,
    jobId: parent.jobId,
    applicationId: parent.applicationId,
    kind: parent.kind,
    templateId: parent.templateId,
    parentId: parent.id,
    status: 'edited',
    content,
    metadata: {
      wordCount: quality.wordCount,
      keywordsUsed: quality.keywordsUsed,
      generationTime: Date.now() - started,
      aiModel: 'edit',
      promptVersion: null,
      qualityScore: qualityScore(quality, content.kind),
      quality,
      removals,
      tone: parent.metadata.tone,
      length: parent.metadata.length,
    },
    idempotencyKey: null,
  });
  return toVersionOutput(db, version);
}
