import { eq } from 'drizzle-orm';
import { updateProfileInput, type MeOutput, type UpdateProfileInput } from '@/lib/validators/users';
import type { Database } from '@/server/db';
import { users } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { dispatch } from '@/server/workflows/dispatch';
import type { Actor } from '../actor';
import { meColumns } from './get-me';

/** Updates the caller's own basic fields; the target is always the actor. */
export async function updateProfile(db: Database, raw: UpdateProfileInput, actor: Actor): Promise<MeOutput> {
  const input = updateProfileInput.parse(raw);
  const [me] = await db.update(users).set(input).where(eq(users.id, actor.userId)).returning(meColumns);
  if (!me) throw new AppError('NOT_FOUND', 'Your account no longer exists.');
  // The headline is part of what matching reads of a profile.
  if (input.professionalHeadline !== undefined) await dispatch(db, 'profile/changed', { userId: actor.userId });
  return me;
}
