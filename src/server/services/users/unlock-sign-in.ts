/**
 * The owner's way out of a sign-in throttle: a one-use link, emailed when an address keeps
 * failing on the account or the account locks, that lifts every throttle on it. Only the
 * SHA-256 of the token is stored; it lasts a day; at most one mail per quarter hour per account.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt } from 'drizzle-orm';
import type { Mailer } from '@/server/adapters/mail';
import type { DbOrTx } from '@/server/db';
import { signInUnlockTokens, users } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { clearAccountThrottles } from '../security/sign-in-throttle';

const TOKEN_LIFETIME_MS = 24 * 60 * 60 * 1000;
const RESEND_AFTER_MS = 15 * 60 * 1000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export const unlockPath = (token: string) => `/sign-in/unlock?token=${encodeURIComponent(token)}`;

/** Mails an unlock link to the account's owner; nothing for an unknown email. Returns whether one was sent. */
export async function sendUnlockLink(
  db: DbOrTx,
  mailer: Mailer,
  opts: { email: string; appUrl: string; now: Date },
): Promise<boolean> {
  const [user] = await db
    .select({ id: users.id, firstName: users.firstName })
    .from(users)
    .where(eq(users.email, opts.email))
    .limit(1);
  if (!user) return false;
  const recent = await db
    .select({ tokenHash: signInUnlockTokens.tokenHash })
    .from(signInUnlockTokens)
    .where(
      and(
        eq(signInUnlockTokens.userId, user.id),
        gt(signInUnlockTokens.createdAt, new Date(opts.now.getTime() - RESEND_AFTER_MS)),
      ),
    )
    .limit(1);
  if (recent.length > 0) return false;
  const token = randomBytes(32).toString('base64url');
  await db.insert(signInUnlockTokens).values({
    tokenHash: hashToken(token),
    userId: user.id,
    createdAt: opts.now,
    expiresAt: new Date(opts.now.getTime() + TOKEN_LIFETIME_MS),
  });
  await mailer.send({
    to: opts.email,
    subject: 'Sign-in attempts on your GiveMeJobs account',
    text: [
      `Hi ${user.firstName},`,
      '',
      'Someone tried to sign in to your GiveMeJobs account with a wrong password several times, so',
      'further attempts are being slowed down. If you want to sign in now, open this link:',
      '',
      `${opts.appUrl}${unlockPath(token)}`,
      '',
      'If these attempts were not yours, your password was not accepted; consider changing it if it',
      'is used anywhere else. The link works once, for 24 hours.',
    ].join('\n'),
  });
  return true;
}

/** Lifts every sign-in throttle on the token's account and spends the token. */
export async function redeemUnlockToken(db: DbOrTx, token: string, now: Date): Promise<{ email: string }> {
  const [spent] = await db
    .delete(signInUnlockTokens)
    .where(and(eq(signInUnlockTokens.tokenHash, hashToken(token)), gt(signInUnlockTokens.expiresAt, now)))
    .returning({ userId: signInUnlockTokens.userId });
  const [user] = spent
    ? await db.select({ email: users.email }).from(users).where(eq(users.id, spent.userId)).limit(1)
    : [];
  if (!user)
    throw new AppError('NOT_FOUND', 'This unlock link is invalid, used or expired. Sign in, or wait and try again.');
  await clearAccountThrottles(db, user.email);
  return { email: user.email };
}
