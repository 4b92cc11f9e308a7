/**
 * The TOTP key at rest: sealed (src/server/auth/secret-box.ts), bound to its user. Keys stored
 * before sealing existed are plain base32; they still work, are sealed the first time they are
 * used, and `sealPlainMfaSecrets` (run by `npm run db:migrate`) seals the rest at once.
 */
import { and, eq, not, like } from 'drizzle-orm';
import { isSealed, seal, unseal } from '@/server/auth/secret-box';
import type { DbOrTx } from '@/server/db';
import { userMfa } from '@/server/db/schema';
import { logger } from '@/server/logger';

const PURPOSE = 'totp-secret';

export const sealTotpSecret = (secret: string, userId: string): string =>
  seal(secret, { purpose: PURPOSE, boundTo: userId });

/**
 * The base32 key of a stored value, sealed or (from before sealing) plain; null when it does not
 * open (sealed under another auth secret, or moved from another row): no code can match then, and
 * the owner gets in with a recovery code or sets it up again.
 */
export function openTotpSecret(stored: string, userId: string): string | null {
  if (!isSealed(stored)) return stored;
  try {
    return unseal(stored, { purpose: PURPOSE, boundTo: userId });
  } catch {
    logger.warn({ userId }, 'stored TOTP key does not open: was the auth secret changed?');
    return null;
  }
}

/** Seals a plain stored key in place; a no-op for a sealed one (or one changed meanwhile). */
export async function sealIfPlain(db: DbOrTx, userId: string, stored: string): Promise<void> {
  if (isSealed(stored)) return;
  await db
    .update(userMfa)
    .set({ secret: sealTotpSecret(stored, userId) })
    .where(and(eq(userMfa.userId, userId), eq(userMfa.secret, stored)));
}

/** Seals every plain key left from before sealing; answers how many it sealed. */
export async function sealPlainMfaSecrets(db: DbOrTx): Promise<number> {
  const plain = await db
    .select({ userId: userMfa.userId, secret: userMfa.secret })
    .from(userMfa)
    .where(not(like(userMfa.secret, 'v1.%')));
  for (const row of plain) await sealIfPlain(db, row.userId, row.secret);
  return plain.length;
}
