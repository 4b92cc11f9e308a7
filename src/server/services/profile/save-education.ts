import {
  addEducationInput,
  updateEducationInput,
  type AddEducationInput,
  type ProfileOutput,
  type UpdateEducationInput,
} from '@/lib/validators/profile';
import type { Database } from '@/server/db';
import { education } from '@/server/db/schema';
import type { Actor } from '../actor';
import { updateOwnedRow } from './owned-rows';
import { saveProfileChange } from './save-profile-change';
import { EDUCATION } from './tables';

export async function addEducation(db: Database, raw: AddEducationInput, actor: Actor): Promise<ProfileOutput> {
  const input = addEducationInput.parse(raw);
  return saveProfileChange(db, actor.userId, (tx) => tx.insert(education).values({ ...input, userId: actor.userId }));
}

export async function updateEducation(db: Database, raw: UpdateEducationInput, actor: Actor): Promise<ProfileOutput> {
  const { id, ...values } = updateEducationInput.parse(raw);
  return saveProfileChange(db, actor.userId, (tx) => updateOwnedRow(tx, EDUCATION, id, actor.userId, values));
}
