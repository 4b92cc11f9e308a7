import { eq, sql } from 'drizzle-orm';
import { changePasswordInput, type ChangePasswordInput } from '@/lib/validators/users';
import { hashPassword, verifyPassword } from '@/server/auth/password';
import type { DbOrTx } from '@/server/db';
import { users } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '../actor';
import { recordSecurityEvent } from '../account/security-events';
import { assertPasswordHardToGuess } from '../security/password-strength';

/**
 * Sets a new password after checking the current one, and ends every session in the same
 * update (session_version + 1): whoever held a copied token is out, and so is this browser.
 */
export async function changePassword(
  db: DbOrTx,
  rawInput: ChangePasswordInput,
  actor: Actor,
): Promise<{ sessionsEnded: true }> {
  const input = changePasswordInput.parse(rawInput);
  const [user] = await db
    .select({
      passwordHash: users.passwordHash,
      email: users.email,
      firstName: users.firstName,
      lastName: users.lastName,
    })
    .from(users)
    .where(eq(users.id, actor.userId))
    .limit(1);
  if (!user) throw new AppError('UNAUTHORIZED', 'Your session has expired. Please sign in again.');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('VALIDATION_ERROR', 'Current password is incorrect.', {
      fields: { currentPassword: ['Current password is incorrect.'] },
    });
  }
  await assertPasswordHardToGuess(input.newPassword, 'newPassword', user);
  const passwordHash = await hashPassword(input.newPassword);
  await db
    .update(users)
    .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, actor.userId));
  await recordSecurityEvent(db, actor.userId, 'password_changed');
  return { sessionsEnded: true };
}
