import {
  addCertificationInput,
  updateCertificationInput,
  type AddCertificationInput,
  type ProfileOutput,
  type UpdateCertificationInput,
} from '@/lib/validators/profile';
import type { Database } from '@/server/db';
import { certifications } from '@/server/db/schema';
import type { Actor } from '../actor';
import { updateOwnedRow } from './owned-rows';
import { saveProfileChange } from './save-profile-change';
import { CERTIFICATIONS } from './tables';

/** A certification typed on the profile (an import adds them through commitResumeImport). */
export async function addCertification(db: Database, raw: AddCertificationInput, actor: Actor): Promise<ProfileOutput> {
  const input = addCertificationInput.parse(raw);
  return saveProfileChange(db, actor.userId, (tx) =>
    tx.insert(certifications).values({ ...input, userId: actor.userId }),
  );
}

export async function updateCertification(
  db: Database,
  raw: UpdateCertificationInput,
  actor: Actor,
): Promise<ProfileOutput> {
  const { id, ...values } = updateCertificationInput.parse(raw);
  return saveProfileChange(db, actor.userId, (tx) => updateOwnedRow(tx, CERTIFICATIONS, id, actor.userId, values));
}
