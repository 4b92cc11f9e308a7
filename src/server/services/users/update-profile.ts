import { eq } from 'drizzle-orm';
import { updateProfileInput, type MeOutput, type UpdateProfileInput } from '@/lib/validators/users';
import type { DbOrTx } from '@/server/db';
import { users } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '../actor';
import { meColumns } from './get-me';

/** Updates the caller's own basic fields; the target is always the actor. */
export async function updateProfile(db: DbOrTx, raw: UpdateProfileInput, actor: Actor): Promise<MeOutput> {
  const input = updateProfileInput.parse(raw);
  const [me] = await db.update(users).set(input).where(eq(users.id, actor.userId)).returning(meColumns);
  if (!me) throw new AppError('NOT_FOUND', 'Your account no longer exists.');
  return me;
}
