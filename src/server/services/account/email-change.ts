/**
 * Changing the sign-in address (OWASP ASVS 5.0 level 2): the password again, then a one-use link
 * (1 h) mailed to the new address, which changes nothing until it is opened. The old address is
 * told at once, so an intruder's change does not go unseen. Whether another account already uses
 * the new address is not revealed to the requester: the answer is the same, and the owner of
 * that address is told instead.
 */
import { and, eq, ne } from 'drizzle-orm';
import {
  confirmEmailChangeInput,
  requestEmailChangeInput,
  type RequestEmailChangeInput,
} from '@/lib/validators/account';
import { verifyPassword } from '@/server/auth/password';
import type { DbOrTx } from '@/server/db';
import { constraintViolationToAppError } from '@/server/db/constraint-errors';
import { users } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { logger } from '@/server/logger';
import type { Actor } from '../actor';
import { issueAccountToken, newToken, redeemEmailChangeToken } from './account-tokens';
import type { LinkMail } from './email-verification';
import { recordSecurityEvent } from './security-events';

export const confirmEmailChangePath = (token: string) => `/confirm-email-change?token=${encodeURIComponent(token)}`;

const wrongPassword = () =>
  new AppError('VALIDATION_ERROR', 'Current password is incorrect.', {
    fields: { currentPassword: ['Current password is incorrect.'] },
  });

export async function requestEmailChange(
  db: DbOrTx,
  actor: Actor,
  raw: RequestEmailChangeInput,
  mail: LinkMail,
): Promise<{ sentTo: string }> {
  const { currentPassword, newEmail } = requestEmailChangeInput.parse(raw);
  const now = mail.now ?? new Date();
  const [user] = await db
    .select({ email: users.email, firstName: users.firstName, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, actor.userId))
    .limit(1);
  if (!user) throw new AppError('UNAUTHORIZED', 'Your session has expired. Please sign in again.');
  if (!(await verifyPassword(user.passwordHash, currentPassword))) throw wrongPassword();
  if (newEmail === user.email) {
    const same = 'That is already your address.';
    throw new AppError('VALIDATION_ERROR', same, { fields: { newEmail: [same] } });
  }
  const [taken] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.email, newEmail), ne(users.id, actor.userId)))
    .limit(1);
  if (taken) {
    await mail.mailer
      .send({
        to: newEmail,
        subject: 'Someone tried to move an account to your address',
        text: [
          'Hello,',
          '',
          `Someone signed in to another GiveMeJobs account asked to change its address to yours (${newEmail}). You already have an account with this address, so nothing was changed.`,
          '',
          'If it was you, you can ignore this mail.',
        ].join('\n'),
      })
      .catch((err: unknown) => logger.error({ err }, 'email change notice not sent'));
    return { sentTo: newEmail };
  }
  const { token, tokenHash } = newToken();
  await issueAccountToken(db, actor.userId, 'change_email', now, tokenHash, newEmail);
  await mail.mailer.send({
    to: newEmail,
    subject: 'Confirm your new email for GiveMeJobs',
    text: [
      `Hi ${user.firstName},`,
      '',
      'To make this your sign-in address on GiveMeJobs, open this link:',
      '',
      `${mail.appUrl}${confirmEmailChangePath(token)}`,
      '',
      'The link works once, for 1 hour. Until it is opened, nothing changes. If you did not ask for this, ignore this mail.',
    ].join('\n'),
  });
  // The current address hears of it at once: an intruder's change does not go unseen.
  await mail.mailer
    .send({
      to: user.email,
      subject: 'A change of your GiveMeJobs email address was requested',
      text: [
        `Hi ${user.firstName},`,
        '',
        `A change of your sign-in address to ${newEmail} was requested. It happens only when the link mailed there is opened.`,
        '',
        `If this was not you, change your password now: ${mail.appUrl}/me`,
      ].join('\n'),
    })
    .catch((err: unknown) => logger.error({ err }, 'email change notice to the old address not sent'));
  return { sentTo: newEmail };
}

/** Spends the link: the address becomes the account's, proved by this very link. */
export async function confirmEmailChange(db: DbOrTx, raw: { token: string }, now = new Date()): Promise<{ email: string }> {
  const { token } = confirmEmailChangeInput.parse(raw);
  const redeemed = await redeemEmailChangeToken(db, token, now);
  if (!redeemed) {
    throw new AppError('NOT_FOUND', 'This link is invalid, used or expired. Ask for a new one from your account page.', {
      reason: 'invalid_token',
    });
  }
  try {
    await db
      .update(users)
      .set({ email: redeemed.newEmail, emailVerified: true, emailVerifiedAt: now })
      .where(eq(users.id, redeemed.userId));
  } catch (err) {
    // Another account took the address between the request and the click.
    if (constraintViolationToAppError(err)?.code === 'CONFLICT') {
      throw new AppError('CONFLICT', 'Another account uses this address now. Your address was not changed.');
    }
    throw err;
  }
  await recordSecurityEvent(db, redeemed.userId, 'email_changed');
  return { email: redeemed.newEmail };
}
