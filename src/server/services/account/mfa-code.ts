/**
 * Checking a second factor: a TOTP code (each time step accepted once, atomically, so two
 * requests racing with the same code cannot both pass) or a one-time recovery code (deleted as it
 * is used).
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNotNull, isNull, lt, or } from 'drizzle-orm';
import { base32Encode, matchTotpStep } from '@/server/auth/mfa-totp';
import type { DbOrTx } from '@/server/db';
import { mfaRecoveryCodes, userMfa } from '@/server/db/schema';
import { openTotpSecret, sealIfPlain } from './mfa-secret';
import { recordSecurityEvent } from './security-events';

export const RECOVERY_CODE_COUNT = 10;

const normalize = (code: string) => code.replace(/[\s-]/g, '').toLowerCase();
export const hashRecoveryCode = (code: string): string => createHash('sha256').update(normalize(code)).digest('hex');

/** 50 random bits each, shown as xxxxx-xxxxx. */
export function generateRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const raw = base32Encode(randomBytes(7)).slice(0, 10).toLowerCase();
    return `${raw.slice(0, 5)}-${raw.slice(5)}`;
  });
}

/** Accepts the code once: a TOTP code of a step not used before, or an unused recovery code. */
export async function consumeMfaCode(db: DbOrTx, userId: string, code: string, now: Date): Promise<boolean> {
  const clean = normalize(code);
  if (/^\d{6}$/.test(clean)) {
    const [mfa] = await db
      .select({ secret: userMfa.secret, lastUsedStep: userMfa.lastUsedStep })
      .from(userMfa)
      .where(and(eq(userMfa.userId, userId), isNotNull(userMfa.enabledAt)))
      .limit(1);
    if (!mfa) return false;
    const secret = openTotpSecret(mfa.secret, userId);
    const step = secret === null ? null : matchTotpStep(secret, clean, now, mfa.lastUsedStep);
    if (step === null) return false;
    await sealIfPlain(db, userId, mfa.secret);
    // Only one request can move the step forward past this one.
    const moved = await db
      .update(userMfa)
      .set({ lastUsedStep: step })
      .where(and(eq(userMfa.userId, userId), or(isNull(userMfa.lastUsedStep), lt(userMfa.lastUsedStep, step))))
      .returning({ userId: userMfa.userId });
    return moved.length > 0;
  }
  const spent = await db
    .delete(mfaRecoveryCodes)
    .where(and(eq(mfaRecoveryCodes.userId, userId), eq(mfaRecoveryCodes.codeHash, hashRecoveryCode(clean))))
    .returning({ userId: mfaRecoveryCodes.userId });
  if (spent.length === 0) return false;
  await recordSecurityEvent(db, userId, 'recovery_code_used');
  return true;
}

/** Whether the user must give a code to sign in. */
export async function mfaRequired(db: DbOrTx, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: userMfa.userId })
    .from(userMfa)
    .where(and(eq(userMfa.userId, userId), isNotNull(userMfa.enabledAt)))
    .limit(1);
  return Boolean(row);
}
