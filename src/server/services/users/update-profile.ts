import { eq } from 'drizzle-orm';
import { updateProfileInput, type MeOutput, type UpdateProfileInput } from '@/lib/validators/users';
import type { Database, DbOrTx } from '@/server/db';
import { users } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '../actor';
import { saveProfileChange } from '../profile/save-profile-change';
import { meColumns } from './get-me';

/**
 * Updates the caller's own basic fields; the target is always the actor. A new headline is a
 * profile change like any other (saveProfileChange): it counts in the stored skill score, and
 * matching reads it.
 */
export async function updateProfile(db: Database, raw: UpdateProfileInput, actor: Actor): Promise<MeOutput> {
  const input = updateProfileInput.parse(raw);
  const write = async (tx: DbOrTx) => {
    const [me] = await tx.update(users).set(input).where(eq(users.id, actor.userId)).returning(meColumns);
    if (!me) throw new AppError('NOT_FOUND', 'Your account no longer exists.');
    return me;
  };
  if (input.professionalHeadline === undefined) return write(db);
  let me: MeOutput | undefined;
  await saveProfileChange(db, actor.userId, async (tx) => {
    me = await write(tx);
  });
  return me!;
}
