/**
 * Proving the account's email: sign-up mails a link (24 h, one use); opening it sets
 * users.email_verified_at. The signed-in owner can ask for a new link (rate limited by the router).
 */
import { eq } from 'drizzle-orm';
import type { Mailer } from '@/server/adapters/mail';
import type { DbOrTx } from '@/server/db';
import { users } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '../actor';
import { issueAccountToken, newToken, redeemAccountToken } from './account-tokens';
import { recordSecurityEvent } from './security-events';

export const verifyEmailPath = (token: string) => `/verify-email?token=${encodeURIComponent(token)}`;

export interface LinkMail {
  mailer: Mailer;
  appUrl: string;
  now?: Date;
}

/** For other features (job alerts) that must only mail addresses their owner has proved. */
export async function isEmailVerified(db: DbOrTx, userId: string): Promise<boolean> {
  const [row] = await db.select({ at: users.emailVerifiedAt }).from(users).where(eq(users.id, userId)).limit(1);
  return Boolean(row?.at);
}

/** Mails a fresh verification link; false when the address is verified already. */
export async function sendVerificationLink(db: DbOrTx, userId: string, mail: LinkMail): Promise<boolean> {
  const now = mail.now ?? new Date();
  const [user] = await db
    .select({ email: users.email, firstName: users.firstName, verifiedAt: users.emailVerifiedAt })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!user) throw new AppError('NOT_FOUND', 'Your account no longer exists.');
  if (user.verifiedAt) return false;
  const { token, tokenHash } = newToken();
  await issueAccountToken(db, userId, 'verify_email', now, tokenHash);
  await mail.mailer.send({
    to: user.email,
    subject: 'Confirm your email for GiveMeJobs',
    text: [
      `Hi ${user.firstName},`,
      '',
      'Please confirm that this is your email address by opening this link:',
      '',
      `${mail.appUrl}${verifyEmailPath(token)}`,
      '',
      'The link works once, for 24 hours. If you did not create a GiveMeJobs account, ignore this mail.',
    ].join('\n'),
  });
  return true;
}

export async function resendVerification(
  db: DbOrTx,
  actor: Actor,
  mail: LinkMail,
): Promise<{ sent: boolean; alreadyVerified: boolean }> {
  const sent = await sendVerificationLink(db, actor.userId, mail);
  return { sent, alreadyVerified: !sent };
}

/** Spends the link and marks the address verified. */
export async function verifyEmail(db: DbOrTx, token: string, now = new Date()): Promise<{ verified: true }> {
  const userId = await redeemAccountToken(db, token, 'verify_email', now);
  if (!userId)
    throw new AppError('NOT_FOUND', 'This verification link is invalid, used or expired. Sign in to get a new one.');
  await db.update(users).set({ emailVerified: true, emailVerifiedAt: now }).where(eq(users.id, userId));
  await recordSecurityEvent(db, userId, 'email_verified');
  return { verified: true };
}
