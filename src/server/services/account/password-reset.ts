/**
 * "Forgot password": a one-use link (1 h) mailed to the address. The answer never says whether an
 * account has that email: both paths generate and hash a token and send one mail (the owner gets
 * the link; an address with no account is told so, which is news only to its own owner), and the
 * per-account limit drops extra mail silently instead of answering differently. Resetting sets the
 * new password, ends every session and lifts the sign-in throttles on the account.
 */
import { eq, sql } from 'drizzle-orm';
import type { RateLimiter } from '@/server/adapters/rate-limit';
import { resetPasswordInput, type ResetPasswordInput } from '@/lib/validators/account';
import { hashPassword } from '@/server/auth/password';
import type { DbOrTx } from '@/server/db';
import { users, userSessions } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { logger } from '@/server/logger';
import { RATE_LIMITS } from '../security/rate-limits';
import { clearAccountThrottles } from '../security/sign-in-throttle';
import { issueAccountToken, newToken, redeemAccountToken } from './account-tokens';
import type { LinkMail } from './email-verification';
import { recordSecurityEvent } from './security-events';
import { assertPasswordHardToGuess } from '../security/password-strength';

export const RESET_REQUESTED =
  'If an account exists for this email, we sent it a link to reset the password. The link works for one hour.';

export const resetPasswordPath = (token: string) => `/reset-password?token=${encodeURIComponent(token)}`;

export async function requestPasswordReset(
  db: DbOrTx,
  email: string,
  deps: LinkMail & { limiter: RateLimiter },
): Promise<{ message: string }> {
  const now = deps.now ?? new Date();
  // Counted for unknown emails too, so the limit itself says nothing about the address.
  const perAccount = await deps.limiter.consume(RATE_LIMITS.passwordResetMailsPerAccount, email);
  const { token, tokenHash } = newToken();
  const [user] = await db
    .select({ id: users.id, firstName: users.firstName })
    .from(users)
    .where(eq(users.email, email))
    .limit(1);
  if (!perAccount.allowed) return { message: RESET_REQUESTED };
  const text = user
    ? [
        `Hi ${user.firstName},`,
        '',
        'Someone (hopefully you) asked to reset the password of your GiveMeJobs account. To choose a new',
        'password, open this link:',
        '',
        `${deps.appUrl}${resetPasswordPath(token)}`,
        '',
        'The link works once, for one hour. Resetting signs you out everywhere. If you did not ask for',
        'this, ignore this mail: your password has not changed.',
      ]
    : [
        'Hello,',
        '',
        'Someone asked to reset the password of a GiveMeJobs account for this email address, but there is',
        'no account with this address. If it was you, you may have signed up with another address.',
        'If not, ignore this mail.',
      ];
  if (user) await issueAccountToken(db, user.id, 'reset_password', now, tokenHash);
  // A mail failure must not answer differently from a success (nor a 500): it is logged.
  await deps.mailer
    .send({ to: email, subject: 'Reset your GiveMeJobs password', text: text.join('\n') })
    .catch((err: unknown) => logger.error({ err }, 'password reset mail not sent'));
  return { message: RESET_REQUESTED };
}

export async function resetPassword(db: DbOrTx, raw: ResetPasswordInput, now = new Date()): Promise<{ reset: true }> {
  const input = resetPasswordInput.parse(raw);
  // The words of any account first (a common password is refused before the link is looked at).
  await assertPasswordHardToGuess(input.newPassword, 'newPassword');
  // Then the account's own words, once the link names the account; redeeming and checking share a
  // transaction, so a refused password leaves the link good for the next try.
  const userId = await db.transaction(async (tx) => {
    const redeemed = await redeemAccountToken(tx, input.token, 'reset_password', now);
    if (!redeemed) return null;
    const [account] = await tx
      .select({ email: users.email, firstName: users.firstName, lastName: users.lastName })
      .from(users)
      .where(eq(users.id, redeemed))
      .limit(1);
    if (account) await assertPasswordHardToGuess(input.newPassword, 'newPassword', account);
    return redeemed;
  });
  if (!userId)
    throw new AppError('NOT_FOUND', 'This reset link is invalid, used or expired. Ask for a new one.', {
      reason: 'invalid_token',
    });
  const passwordHash = await hashPassword(input.newPassword);
  const [user] = await db
    .update(users)
    .set({
      passwordHash,
      sessionVersion: sql`${users.sessionVersion} + 1`,
      // The link reached the inbox: that proves the address as well as a verification link would.
      emailVerified: true,
      emailVerifiedAt: sql`COALESCE(${users.emailVerifiedAt}, ${now.toISOString()}::timestamptz)`,
    })
    .where(eq(users.id, userId))
    .returning({ email: users.email });
  if (!user) throw new AppError('NOT_FOUND', 'This reset link is invalid, used or expired. Ask for a new one.');
  await db.delete(userSessions).where(eq(userSessions.userId, userId));
  await clearAccountThrottles(db, user.email);
  await recordSecurityEvent(db, userId, 'password_reset');
  return { reset: true };
}
