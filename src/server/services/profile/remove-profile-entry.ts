import { removeProfileEntryInput, type ProfileOutput, type RemoveProfileEntryInput } from '@/lib/validators/profile';
import type { Database } from '@/server/db';
import type { Actor } from '../actor';
import { deleteOwnedRow } from './owned-rows';
import { saveProfileChange } from './save-profile-change';
import { CERTIFICATIONS, EDUCATION, EXPERIENCE, PROJECTS, SKILLS } from './tables';

const KINDS = {
  skill: SKILLS,
  experience: EXPERIENCE,
  education: EDUCATION,
  project: PROJECTS,
  certification: CERTIFICATIONS,
} as const;

/** Deletes one of the caller's skills, roles, education, project or certification entries. */
export async function removeProfileEntry(
  db: Database,
  raw: RemoveProfileEntryInput,
  actor: Actor,
): Promise<ProfileOutput> {
  const { kind, id } = removeProfileEntryInput.parse(raw);
  return saveProfileChange(db, actor.userId, (tx) => deleteOwnedRow(tx, KINDS[kind], id, actor.userId));
}
