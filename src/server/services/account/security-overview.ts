import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/server/db';
import { users } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '../actor';
import { recoveryCodesLeft } from './mfa-enrollment';

/** What the account page shows of the caller's own security state. */
export async function getSecurityOverview(db: DbOrTx, actor: Actor) {
  const [user] = await db
    .select({ email: users.email, emailVerifiedAt: users.emailVerifiedAt, mfaEnabled: users.mfaEnabled })
    .from(users)
    .where(eq(users.id, actor.userId))
    .limit(1);
  if (!user) throw new AppError('NOT_FOUND', 'Your account no longer exists.');
  return { ...user, recoveryCodesLeft: user.mfaEnabled ? await recoveryCodesLeft(db, actor.userId) : 0 };
}
