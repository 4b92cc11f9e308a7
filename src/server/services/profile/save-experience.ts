import {
  addExperienceInput,
  updateExperienceInput,
  type AddExperienceInput,
  type ProfileOutput,
  type UpdateExperienceInput,
} from '@/lib/validators/profile';
import type { Database } from '@/server/db';
import { experience } from '@/server/db/schema';
import type { Actor } from '../actor';
import { updateOwnedRow } from './owned-rows';
import { saveProfileChange } from './save-profile-change';
import { EXPERIENCE } from './tables';

export async function addExperience(db: Database, raw: AddExperienceInput, actor: Actor): Promise<ProfileOutput> {
  const input = addExperienceInput.parse(raw);
  return saveProfileChange(db, actor.userId, (tx) => tx.insert(experience).values({ ...input, userId: actor.userId }));
}

export async function updateExperience(db: Database, raw: UpdateExperienceInput, actor: Actor): Promise<ProfileOutput> {
  const { id, ...values } = updateExperienceInput.parse(raw);
  return saveProfileChange(db, actor.userId, (tx) => updateOwnedRow(tx, EXPERIENCE, id, actor.userId, values));
}
