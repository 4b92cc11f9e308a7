import { eq } from 'drizzle-orm';
import type { ProfileOutput } from '@/lib/validators/profile';
import type { Database, Transaction } from '@/server/db';
import { users } from '@/server/db/schema';
import { dispatch } from '@/server/workflows/dispatch';
import { loadProfile } from './load-profile';

/**
 * Runs one profile change in a transaction, then recomputes and stores the skill
 * score from the changed profile in the same transaction, and returns the profile.
 * Every profile mutation goes through here so the stored score is never stale, and so that
 * matching hears of every change ('profile/changed').
 */
export async function saveProfileChange(
  db: Database,
  userId: string,
  change: (tx: Transaction) => Promise<unknown>,
): Promise<ProfileOutput> {
  const profile = await db.transaction(async (tx) => {
    await change(tx);
    const changed = await loadProfile(tx, userId);
    await tx
      .update(users)
      .set({ skillScore: changed.skillScore.total, skillScoreCalculatedAt: new Date() })
      .where(eq(users.id, userId));
    return changed;
  });
  // After the commit: the matching workflow re-infers occupations, re-embeds and rescores.
  await dispatch(db, 'profile/changed', { userId });
  return profile;
}
