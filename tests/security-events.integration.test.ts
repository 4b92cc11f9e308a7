/**
 * The account's audit log: each security event is written where it happens (sign-in and its
 * failure, two-step sign-in on and off, a recovery code spent, password change and reset, email
 * verification, data export, ended sessions), the owner reads only their own, newest first, a
 * page at a time, and deleting the account deletes them. Both databases.
 */
import { desc, eq } from 'drizzle-orm';
import type { NextAuthOptions } from 'next-auth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode, TOTP } from '@/server/auth/mfa-totp';
import { devMailbox, securityEvents } from '@/server/db/schema';
import { SECURITY_EVENTS_PAGE_SIZE } from '@/server/services/account/security-events';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { signInToken, testAuthOptions } from './helpers/auth';
import { callerFor } from './helpers/callers';
import { availableModes, createTestDatabase, type TestDatabase } from './helpers/databases';
import { signUpUser } from './helpers/factories';

const modes = await availableModes();
const PASSWORD = 'Str0ng!Passw0rd';
const NEW_PASSWORD = 'N3w!Passw0rd-long';
const STEP_MS = TOTP.STEP_SECONDS * 1000;

describe.each(modes)('security audit log on %s', (mode) => {
  let tdb: TestDatabase;
  let options: NextAuthOptions;
  beforeAll(async () => {
    tdb = await createTestDatabase(mode);
    options = testAuthOptions(tdb.db);
  });
  afterAll(async () => {
    await drainWorkflows();
    await tdb.destroy();
  });

  const linkToken = async (email: string, path: string) => {
    const [mail] = await tdb.db
      .select({ text: devMailbox.text })
      .from(devMailbox)
      .where(eq(devMailbox.to, email))
      .orderBy(desc(devMailbox.createdAt))
      .limit(1);
    const match = new RegExp(`${path}\\?token=([A-Za-z0-9_-]+)`).exec(mail?.text ?? '');
    if (!match?.[1]) throw new Error(`no ${path} link mailed to ${email}`);
    return match[1];
  };

  it('records every security event where it happens, and shows the owner theirs newest first', async () => {
    const u = await signUpUser(tdb.db);
    const other = await signUpUser(tdb.db);
    const caller = callerFor(tdb.db, u);
    await callerFor(tdb.db).account.verifyEmail({ token: await linkToken(u.email, '/verify-email') });
    await signInToken(options, { email: u.email, password: PASSWORD });
    await expect(signInToken(options, { email: u.email, password: 'Wr0ng!Passw0rd' })).rejects.toThrow();
    const { secret } = await caller.account.startMfa({ password: PASSWORD });
    const { recoveryCodes } = await caller.account.confirmMfa({
      code: totpCode(secret, new Date(Date.now() - STEP_MS)),
    });
    await caller.account.disableMfa({ password: PASSWORD, code: recoveryCodes[0]! });
    await caller.users.changePassword({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD });
    await callerFor(tdb.db).account.requestPasswordReset({ email: u.email });
    await callerFor(tdb.db).account.resetPassword({
      token: await linkToken(u.email, '/reset-password'),
      newPassword: PASSWORD,
    });
    await caller.account.exportData();
    const jwt = await signInToken(options, { email: u.email, password: PASSWORD });
    expect(jwt).toBeTruthy();
    const [session] = await caller.account.sessions();
    await caller.account.endSession({ id: session!.id });
    await caller.users.signOutEverywhere();

    const { items, hasMore } = await caller.account.securityEvents({ page: 1 });
    expect(hasMore).toBe(false);
    expect(items.map((e) => e.type).reverse()).toEqual([
      'email_verified',
      'sign_in',
      'sign_in_failed',
      'mfa_enabled',
      'recovery_code_used',
      'mfa_disabled',
      'password_changed',
      'password_reset',
      'data_exported',
      'sign_in',
      'session_ended',
      'sessions_ended',
    ]);
    const times = items.map((e) => e.occurredAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    // Only the caller's own: the other user's log is empty, and names none of these.
    expect((await callerFor(tdb.db, other).account.securityEvents({ page: 1 })).items).toEqual([]);
  });

  it('pages newest first, 20 at a time', async () => {
    const u = await signUpUser(tdb.db);
    const base = Date.now() - 3_600_000;
    await tdb.db.insert(securityEvents).values(
      Array.from({ length: 45 }, (_, i) => ({
        userId: u.id,
        type: 'sign_in' as const,
        occurredAt: new Date(base + i * 1000),
        clientAddress: `192.0.2.${i}`,
      })),
    );
    const caller = callerFor(tdb.db, u);
    const first = await caller.account.securityEvents({ page: 1 });
    const third = await caller.account.securityEvents({ page: 3 });
    expect(first.items).toHaveLength(SECURITY_EVENTS_PAGE_SIZE);
    expect(first.items[0]?.clientAddress).toBe('192.0.2.44');
    expect(first.hasMore).toBe(true);
    expect(third.items.map((e) => e.clientAddress)).toEqual(['192.0.2.4', '192.0.2.3', '192.0.2.2', '192.0.2.1', '192.0.2.0']);
    expect(third.hasMore).toBe(false);
  });

  it('deleting the account deletes its log', async () => {
    const u = await signUpUser(tdb.db);
    await signInToken(options, { email: u.email, password: PASSWORD });
    expect((await tdb.db.select().from(securityEvents).where(eq(securityEvents.userId, u.id))).length).toBe(1);
    await callerFor(tdb.db, u).account.deleteAccount({ password: PASSWORD, confirm: 'DELETE' });
    expect(await tdb.db.select().from(securityEvents).where(eq(securityEvents.userId, u.id))).toEqual([]);
  });
});
