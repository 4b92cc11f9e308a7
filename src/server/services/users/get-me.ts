import { eq } from 'drizzle-orm';
import type { MeOutput } from '@/lib/validators/users';
import type { DbOrTx } from '@/server/db';
import { users } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '../actor';

export const meColumns = {
  id: users.id,
  email: users.email,
  firstName: users.firstName,
  lastName: users.lastName,
  professionalHeadline: users.professionalHeadline,
  role: users.role,
  emailVerified: users.emailVerified,
  mfaEnabled: users.mfaEnabled,
  createdAt: users.createdAt,
  lastLogin: users.lastLogin,
};

/** The caller's own account; a user can only ever read themselves here. */
export async function getMe(db: DbOrTx, actor: Actor): Promise<MeOutput> {
  const [me] = await db.select(meColumns).from(users).where(eq(users.id, actor.userId)).limit(1);
  if (!me) throw new AppError('NOT_FOUND', 'Your account no longer exists.');
  return me;
}
