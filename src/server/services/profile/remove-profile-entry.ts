import { removeProfileEntryInput, type ProfileOutput, type RemoveProfileEntryInput } from '@/lib/validators/profile';
import type { Database } from '@/server/db';
import type { Actor } from '../actor';
import { deleteOwnedRow } from './owned-rows';
import { saveProfileChange } from './save-profile-change';
import { EDUCATION, EXPERIENCE, SKILLS } from './tables';

const KINDS = { skill: SKILLS, experience: EXPERIENCE, education: EDUCATION } as const;

/** Deletes one of the caller's skills, experience or education entries. */
export async function removeProfileEntry(
  db: Database,
  raw: RemoveProfileEntryInput,
  actor: Actor,
): Promise<ProfileOutput> {
  const { kind, id } = removeProfileEntryInput.parse(raw);
  return saveProfileChange(db, actor.userId, (tx) => deleteOwnedRow(tx, KINDS[kind], id, actor.userId));
}
