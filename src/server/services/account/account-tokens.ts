/**
 * Emailed one-use links (email verification, password reset): 256 random bits in the link, only
 * their SHA-256 in the database; redeeming deletes the row in the same statement that checks it,
 * so two clicks racing cannot both succeed.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt } from 'drizzle-orm';
import type { DbOrTx } from '@/server/db';
import { accountTokens } from '@/server/db/schema';

export type TokenPurpose = 'verify_email' | 'reset_password';

export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  verify_email: 24 * 60 * 60 * 1000,
  reset_password: 60 * 60 * 1000,
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
): Promise<void> {
  await db.delete(accountTokens).where(and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, purpose)));
  await db.insert(accountTokens).values({
    tokenHash,
    userId,
    purpose,
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
