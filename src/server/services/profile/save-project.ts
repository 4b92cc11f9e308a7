import {
  addProjectInput,
  updateProjectInput,
  type AddProjectInput,
  type ProfileOutput,
  type UpdateProjectInput,
} from '@/lib/validators/profile';
import type { Database } from '@/server/db';
import { projects } from '@/server/db/schema';
import type { Actor } from '../actor';
import { updateOwnedRow } from './owned-rows';
import { saveProfileChange } from './save-profile-change';
import { PROJECTS } from './tables';

/** A project typed on the profile (an import adds them through commitResumeImport). */
export async function addProject(db: Database, raw: AddProjectInput, actor: Actor): Promise<ProfileOutput> {
  const input = addProjectInput.parse(raw);
  return saveProfileChange(db, actor.userId, (tx) => tx.insert(projects).values({ ...input, userId: actor.userId }));
}

export async function updateProject(db: Database, raw: UpdateProjectInput, actor: Actor): Promise<ProfileOutput> {
  const { id, ...values } = updateProjectInput.parse(raw);
  return saveProfileChange(db, actor.userId, (tx) => updateOwnedRow(tx, PROJECTS, id, actor.userId, values));
}
