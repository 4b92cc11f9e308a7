/**
 * Emailed one-use links (email verification, password reset): 256 random bits in the link, only
 * their SHA-256 in the database; redeeming deletes the row in the same statement that checks it,
 * so two clicks racing cannot both succeed.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt } from 'drizzle-orm';
import type { DbOrTx } from '@/server/db';
import { accountTokens } from '@/server/db/schema';

export type TokenPurpose = 'verify_email' | 'reset_password' | 'change_email';

export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  verify_email: 24 * 60 * 60 * 1000,
  reset_password: 60 * 60 * 1000,
  change_email: 60 * 60 * 1000,
};

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export const newToken = (): { token: string; tokenHash: string } => {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashToken(token) };
};

/** A new link token for the user; earlier unused ones of the same purpose stop working. */
export async function issueAccountToken(
  db: DbOrTx,
  userId: string,
  purpose: TokenPurpose,
  now: Date,
  tokenHash: string,
  /** An email change's new address (purpose 'change_email' only). */
  newEmail: string | null = null,
): Promise<void> {
  await db.delete(accountTokens).where(and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, purpose)));
  await db.insert(accountTokens).values({
    tokenHash,
    userId,
    purpose,
    newEmail,
    createdAt: now,
    expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]),
  });
}

/** Spends a token: its user's id when it was valid and unexpired, else null. */
export async function redeemAccountToken(
  db: DbOrTx,
  token: string,
  purpose: TokenPurpose,
  now: Date,
): Promise<string | null> {
  const [row] = await db
    .delete(accountTokens)
    .where(
      and(
        eq(accountTokens.tokenHash, hashToken(token)),
        eq(accountTokens.purpose, purpose),
        gt(accountTokens.expiresAt, now),
      ),
    )
    .returning({ userId: accountTokens.userId });
  return row?.userId ?? null;
}

/** Spends an email-change token: its user and the new address, or null when it was not valid. */
export async function redeemEmailChangeToken(
  db: DbOrTx,
  token: string,
  now: Date,
): Promise<{ userId: string; newEmail: string } | null> {
  const [row] = await db
    .delete(accountTokens)
    .where(
      and(
        eq(accountTokens.tokenHash, hashToken(token)),
        eq(accountTokens.purpose, 'change_email'),
        gt(accountTokens.expiresAt, now),
      ),
    )
    .returning({ userId: accountTokens.userId, newEmail: accountTokens.newEmail });
  return row?.newEmail ? { userId: row.userId, newEmail: row.newEmail } : null;
}
