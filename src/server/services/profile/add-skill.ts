import { addSkillInput, type AddSkillInput, type ProfileOutput } from '@/lib/validators/profile';
import type { Database } from '@/server/db';
import { skills } from '@/server/db/schema';
import type { Actor } from '../actor';
import { saveProfileChange } from './save-profile-change';
import { assertSkillIsNew, canonicalSkillName } from './skill-names';

export async function addSkill(db: Database, raw: AddSkillInput, actor: Actor): Promise<ProfileOutput> {
  const input = addSkillInput.parse(raw);
  const name = canonicalSkillName(input.name);
  return saveProfileChange(db, actor.userId, async (tx) => {
    await assertSkillIsNew(tx, actor.userId, name, input.category);
    await tx.insert(skills).values({ ...input, name, userId: actor.userId });
  });
}
