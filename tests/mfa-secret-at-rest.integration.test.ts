/**
 * The TOTP key at rest: sealed with AES-256-GCM under a key derived from the auth secret, never
 * the base32 the user was shown; keys stored plain before sealing keep working and are sealed on
 * first use or by the migration step. Enrolment hands out a scannable QR code. Both databases.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode, TOTP } from '@/server/auth/mfa-totp';
import { userMfa } from '@/server/db/schema';
import { consumeMfaCode } from '@/server/services/account/mfa-code';
import { sealPlainMfaSecrets } from '@/server/services/account/mfa-secret';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { callerFor } from './helpers/callers';
import { availableModes, createTestDatabase, type TestDatabase } from './helpers/databases';
import { signUpUser } from './helpers/factories';
import { rejection } from './helpers/rejection';

const modes = await availableModes();
const PASSWORD = 'Str0ng!Passw0rd';
const STEP_MS = TOTP.STEP_SECONDS * 1000;
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe.each(modes)('TOTP key at rest on %s', (mode) => {
  let tdb: TestDatabase;
  beforeAll(async () => {
    tdb = await createTestDatabase(mode);
  });
  afterAll(async () => {
    await drainWorkflows();
    await tdb.destroy();
  });

  const storedSecret = async (userId: string) =>
    (await tdb.db.select({ secret: userMfa.secret }).from(userMfa).where(eq(userMfa.userId, userId)))[0]?.secret;

  it('stores the key sealed, shows it once with a PNG QR code, and codes still work', async () => {
    const u = await signUpUser(tdb.db);
    const caller = callerFor(tdb.db, u);
    const { secret, otpauthUri, qrCode } = await caller.account.startMfa({ password: PASSWORD });
    const png = Buffer.from(qrCode.replace('data:image/png;base64,', ''), 'base64');
    expect(png.subarray(0, 8).equals(PNG_MAGIC)).toBe(true);
    expect(otpauthUri).toContain(`secret=${secret}`);
    const stored = await storedSecret(u.id);
    expect(stored).toMatch(/^v1\./);
    expect(stored).not.toContain(secret);
    await caller.account.confirmMfa({ code: totpCode(secret, new Date(Date.now() - STEP_MS)) });
    await caller.account.disableMfa({ password: PASSWORD, code: totpCode(secret, new Date()) });
    expect((await caller.account.security()).mfaEnabled).toBe(false);
  });

  it('a sealed key copied to another user does not open for them', async () => {
    const a = await signUpUser(tdb.db);
    const b = await signUpUser(tdb.db);
    const { secret } = await callerFor(tdb.db, a).account.startMfa({ password: PASSWORD });
    await callerFor(tdb.db, b).account.startMfa({ password: PASSWORD });
    await tdb.db
      .update(userMfa)
      .set({ secret: (await storedSecret(a.id))! })
      .where(eq(userMfa.userId, b.id));
    const err = await rejection(callerFor(tdb.db, b).account.confirmMfa({ code: totpCode(secret, new Date()) }));
    // A typed refusal ("that code is not right"), not a 500.
    expect(err.code).toBe('BAD_REQUEST');
  });

  it('a key stored plain before sealing still works, and is sealed on first use', async () => {
    const u = await signUpUser(tdb.db);
    const caller = callerFor(tdb.db, u);
    const { secret } = await caller.account.startMfa({ password: PASSWORD });
    await caller.account.confirmMfa({ code: totpCode(secret, new Date(Date.now() - STEP_MS)) });
    await tdb.db.update(userMfa).set({ secret }).where(eq(userMfa.userId, u.id));
    // The code check of a sign-in.
    expect(await consumeMfaCode(tdb.db, u.id, totpCode(secret, new Date()), new Date())).toBe(true);
    const sealed = await storedSecret(u.id);
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain(secret);
    await caller.account.disableMfa({ password: PASSWORD, code: totpCode(secret, new Date(Date.now() + STEP_MS)) });
    expect((await caller.account.security()).mfaEnabled).toBe(false);
  });

  it('the migration step seals every plain key left, and they keep working', async () => {
    const u = await signUpUser(tdb.db);
    const caller = callerFor(tdb.db, u);
    const { secret } = await caller.account.startMfa({ password: PASSWORD });
    await caller.account.confirmMfa({ code: totpCode(secret, new Date(Date.now() - STEP_MS)) });
    await tdb.db.update(userMfa).set({ secret }).where(eq(userMfa.userId, u.id));
    expect(await sealPlainMfaSecrets(tdb.db)).toBeGreaterThanOrEqual(1);
    expect(await storedSecret(u.id)).toMatch(/^v1\./);
    expect(await sealPlainMfaSecrets(tdb.db)).toBe(0);
    await caller.account.disableMfa({ password: PASSWORD, code: totpCode(secret, new Date()) });
    expect((await caller.account.security()).mfaEnabled).toBe(false);
  });
});
