import { and, eq } from 'drizzle-orm';
import { updateSkillInput, type ProfileOutput, type UpdateSkillInput } from '@/lib/validators/profile';
import type { Database } from '@/server/db';
import { skills } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '../actor';
import { updateOwnedRow } from './owned-rows';
import { saveProfileChange } from './save-profile-change';
import { assertSkillIsNew, canonicalSkillName } from './skill-names';
import { SKILLS } from './tables';

export async function updateSkill(db: Database, raw: UpdateSkillInput, actor: Actor): Promise<ProfileOutput> {
  const { id, ...changes } = updateSkillInput.parse(raw);
  return saveProfileChange(db, actor.userId, async (tx) => {
    if (changes.name !== undefined || changes.category !== undefined) {
      const [current] = await tx
        .select({ name: skills.name, category: skills.category })
        .from(skills)
        .where(and(eq(skills.id, id), eq(skills.userId, actor.userId)))
        .limit(1);
      if (!current) throw new AppError('NOT_FOUND', 'Skill not found.');
      const name = changes.name !== undefined ? canonicalSkillName(changes.name) : current.name;
      await assertSkillIsNew(tx, actor.userId, name, changes.category ?? current.category, id);
      changes.name = name;
    }
    await updateOwnedRow(tx, SKILLS, id, actor.userId, changes);
  });
}
