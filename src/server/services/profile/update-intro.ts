import { eq } from 'drizzle-orm';
import { profileIntroInput, type ProfileIntroInput, type ProfileOutput } from '@/lib/validators/profile';
import type { Database } from '@/server/db';
import { users } from '@/server/db/schema';
import type { Actor } from '../actor';
import { saveProfileChange } from './save-profile-change';

/**
 * The headline and summary at the top of the profile. Both count: the headline in the skill
 * score's completeness, both in what matching reads of the seeker (their occupations, their
 * embedding), so the change goes through saveProfileChange like every other profile edit.
 */
export async function updateProfileIntro(db: Database, raw: ProfileIntroInput, actor: Actor): Promise<ProfileOutput> {
  const { headline, summary } = profileIntroInput.parse(raw);
  return saveProfileChange(db, actor.userId, (tx) =>
    tx.update(users).set({ professionalHeadline: headline, summary }).where(eq(users.id, actor.userId)),
  );
}
