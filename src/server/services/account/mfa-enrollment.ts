/**
 * Turning TOTP on and off. Enrolment starts with the password (a stolen session must not be able
 * to bind its own authenticator), stores a pending secret, and only a first correct code turns it
 * on; then 10 recovery codes are made, shown once, stored hashed. Turning it off takes the
 * password and a code (or a recovery code).
 */
import { and, count, eq, isNotNull } from 'drizzle-orm';
import QRCode from 'qrcode';
import { otpauthUri, generateTotpSecret, matchTotpStep } from '@/server/auth/mfa-totp';
import { verifyPassword } from '@/server/auth/password';
import type { DbOrTx } from '@/server/db';
import { mfaRecoveryCodes, userMfa, users } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '../actor';
import { consumeMfaCode, generateRecoveryCodes, hashRecoveryCode } from './mfa-code';
import { openTotpSecret, sealTotpSecret } from './mfa-secret';
import { recordSecurityEvent } from './security-events';

export async function checkPassword(db: DbOrTx, userId: string, password: string): Promise<{ email: string }> {
  const [user] = await db
    .select({ email: users.email, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!user) throw new AppError('UNAUTHORIZED', 'Your session has expired. Please sign in again.');
  if (!(await verifyPassword(user.passwordHash, password)))
    throw new AppError('VALIDATION_ERROR', 'Password is incorrect.', {
      fields: { password: ['Password is incorrect.'] },
    });
  return { email: user.email };
}

export async function startMfaEnrollment(
  db: DbOrTx,
  input: { password: string },
  actor: Actor,
): Promise<{ secret: string; otpauthUri: string; qrCode: string }> {
  const { email } = await checkPassword(db, actor.userId, input.password);
  const [existing] = await db
    .select({ enabledAt: userMfa.enabledAt })
    .from(userMfa)
    .where(eq(userMfa.userId, actor.userId))
    .limit(1);
  if (existing?.enabledAt) throw new AppError('CONFLICT', 'Two-step sign-in is already on.');
  const secret = generateTotpSecret();
  const sealed = sealTotpSecret(secret, actor.userId);
  await db
    .insert(userMfa)
    .values({ userId: actor.userId, secret: sealed })
    .onConflictDoUpdate({ target: userMfa.userId, set: { secret: sealed, lastUsedStep: null, createdAt: new Date() } });
  const uri = otpauthUri(secret, email);
  // Scanned from the account page; the key and the link stay beside it for manual entry.
  const qrCode = await QRCode.toDataURL(uri, { errorCorrectionLevel: 'M', margin: 1, width: 220 });
  return { secret, otpauthUri: uri, qrCode };
}

export async function confirmMfaEnrollment(
  db: DbOrTx,
  input: { code: string },
  actor: Actor,
  now = new Date(),
): Promise<{ recoveryCodes: string[] }> {
  const [pending] = await db
    .select({ secret: userMfa.secret, enabledAt: userMfa.enabledAt })
    .from(userMfa)
    .where(eq(userMfa.userId, actor.userId))
    .limit(1);
  if (!pending) throw new AppError('NOT_FOUND', 'Start setting up two-step sign-in first.');
  if (pending.enabledAt) throw new AppError('CONFLICT', 'Two-step sign-in is already on.');
  const secret = openTotpSecret(pending.secret, actor.userId);
  const step = secret === null ? null : matchTotpStep(secret, input.code.trim(), now, null);
  if (step === null)
    throw new AppError('VALIDATION_ERROR', 'That code is not right. Check the time on your device and try again.', {
      fields: { code: ['That code is not right.'] },
    });
  const codes = generateRecoveryCodes();
  await db.update(userMfa).set({ enabledAt: now, lastUsedStep: step }).where(eq(userMfa.userId, actor.userId));
  await db.delete(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, actor.userId));
  await db.insert(mfaRecoveryCodes).values(codes.map((c) => ({ userId: actor.userId, codeHash: hashRecoveryCode(c) })));
  await db.update(users).set({ mfaEnabled: true }).where(eq(users.id, actor.userId));
  await recordSecurityEvent(db, actor.userId, 'mfa_enabled');
  return { recoveryCodes: codes };
}

export async function disableMfa(
  db: DbOrTx,
  input: { password: string; code: string },
  actor: Actor,
  now = new Date(),
): Promise<{ mfaEnabled: false }> {
  await checkPassword(db, actor.userId, input.password);
  const [enabled] = await db
    .select({ userId: userMfa.userId })
    .from(userMfa)
    .where(and(eq(userMfa.userId, actor.userId), isNotNull(userMfa.enabledAt)))
    .limit(1);
  if (!enabled) throw new AppError('CONFLICT', 'Two-step sign-in is not on.');
  if (!(await consumeMfaCode(db, actor.userId, input.code, now)))
    throw new AppError('VALIDATION_ERROR', 'That code is not right, or was used already.', {
      fields: { code: ['That code is not right, or was used already.'] },
    });
  await db.delete(userMfa).where(eq(userMfa.userId, actor.userId));
  await db.delete(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, actor.userId));
  await db.update(users).set({ mfaEnabled: false }).where(eq(users.id, actor.userId));
  await recordSecurityEvent(db, actor.userId, 'mfa_disabled');
  return { mfaEnabled: false };
}

export async function recoveryCodesLeft(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, userId));
  return row?.n ?? 0;
}
