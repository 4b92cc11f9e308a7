/**
 * Email verification and password reset: each link is single-use and expires; the reset request
 * answers the same whether or not the email has an account; a reset ends every session and lifts
 * the sign-in throttles. On both databases, with mail read from the dev mailbox.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { NextAuthOptions } from 'next-auth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devMailboxMailer } from '@/server/adapters/mail';
import { memoryRateLimiter } from '@/server/adapters/rate-limit';
import { accountTokens, devMailbox, signInThrottles, users } from '@/server/db/schema';
import { isEmailVerified, verifyEmail } from '@/server/services/account/email-verification';
import { requestPasswordReset, RESET_REQUESTED, resetPassword } from '@/server/services/account/password-reset';
import { RATE_LIMITS } from '@/server/services/security/rate-limits';
import { recordSignInFailure } from '@/server/services/security/sign-in-throttle';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { sessionFor, signInToken, testAuthOptions } from './helpers/auth';
import { callerFor } from './helpers/callers';
import { availableModes, createTestDatabase, type TestDatabase } from './helpers/databases';
import { signUpUser } from './helpers/factories';
import { rejection } from './helpers/rejection';

const modes = await availableModes();
const PASSWORD = 'Str0ng!Passw0rd';
const NEW_PASSWORD = 'Brand!New2026x';
const HOUR = 60 * 60 * 1000;

describe.each(modes)('account links on %s', (mode) => {
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

  const mailsTo = (email: string) =>
    tdb.db
      .select({ subject: devMailbox.subject, text: devMailbox.text })
      .from(devMailbox)
      .where(eq(devMailbox.to, email))
      .orderBy(desc(devMailbox.createdAt));
  const linkToken = async (email: string, path: string) => {
    const [mail] = await mailsTo(email);
    const match = new RegExp(`${path}\\?token=([A-Za-z0-9_-]+)`).exec(mail?.text ?? '');
    if (!match?.[1]) throw new Error(`no ${path} link mailed to ${email}`);
    return match[1];
  };
  const mail = () => ({ mailer: devMailboxMailer(() => Promise.resolve(tdb.db)), appUrl: 'http://localhost:3000' });

  describe('email verification', () => {
    it('sign-up mails a link; opening it verifies the address once', async () => {
      const u = await signUpUser(tdb.db);
      expect(await isEmailVerified(tdb.db, u.id)).toBe(false);
      expect((await callerFor(tdb.db, u).account.security()).emailVerifiedAt).toBeNull();
      const token = await linkToken(u.email, '/verify-email');
      // Only the hash is stored.
      const stored = await tdb.db.select().from(accountTokens).where(eq(accountTokens.userId, u.id));
      expect(stored).toHaveLength(1);
      expect(stored[0]?.tokenHash).not.toContain(token);

      await expect(callerFor(tdb.db).account.verifyEmail({ token })).resolves.toEqual({ verified: true });
      expect(await isEmailVerified(tdb.db, u.id)).toBe(true);
      expect((await callerFor(tdb.db, u).account.security()).emailVerifiedAt).toBeInstanceOf(Date);
      const again = await rejection(callerFor(tdb.db).account.verifyEmail({ token }));
      expect(again.code).toBe('NOT_FOUND');
      expect(again.message).toMatch(/invalid, used or expired/);
      // Verified: a resend sends nothing.
      await expect(callerFor(tdb.db, u).account.resendVerification()).resolves.toEqual({
        sent: false,
        alreadyVerified: true,
      });
    });

    it('a link expires after 24 hours, and a resend replaces the earlier link', async () => {
      const u = await signUpUser(tdb.db);
      const first = await linkToken(u.email, '/verify-email');
      await expect(callerFor(tdb.db, u).account.resendVerification()).resolves.toEqual({
        sent: true,
        alreadyVerified: false,
      });
      const second = await linkToken(u.email, '/verify-email');
      expect(second).not.toBe(first);
      expect((await rejection(callerFor(tdb.db).account.verifyEmail({ token: first }))).code).toBe('NOT_FOUND');
      await expect(verifyEmail(tdb.db, second, new Date(Date.now() + 24 * HOUR + 60_000))).rejects.toThrow(
        /invalid, used or expired/,
      );
      await expect(verifyEmail(tdb.db, second, new Date(Date.now() + 23 * HOUR))).resolves.toEqual({ verified: true });
    });

    it('limits resends per user with a 429', async () => {
      const u = await signUpUser(tdb.db);
      const caller = callerFor(tdb.db, u);
      for (let i = 0; i < RATE_LIMITS.verificationMailsPerUser.points; i++) await caller.account.resendVerification();
      expect((await rejection(caller.account.resendVerification())).code).toBe('TOO_MANY_REQUESTS');
    });
  });

  describe('password reset', () => {
    it('answers the same for an unknown email as for an account, and mails only the owner a link', async () => {
      const u = await signUpUser(tdb.db);
      const unknown = `nobody.${Date.now()}@example.com`;
      const known = await callerFor(tdb.db).account.requestPasswordReset({ email: u.email });
      const missing = await callerFor(tdb.db).account.requestPasswordReset({ email: unknown });
      expect(known).toEqual({ message: RESET_REQUESTED });
      expect(missing).toEqual(known);
      expect(await linkToken(u.email, '/reset-password')).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const [told] = await mailsTo(unknown);
      expect(told?.text).toMatch(/no account with this address/);
      expect(told?.text).not.toMatch(/token=/);
    });

    it('a reset refuses a password made of the account’s own name, and the link still works after', async () => {
      const u = await signUpUser(tdb.db, { firstName: 'Wilhelmina', lastName: 'Quartermaine' });
      await callerFor(tdb.db).account.requestPasswordReset({ email: u.email });
      const token = await linkToken(u.email, '/reset-password');
      const named = await rejection(
        callerFor(tdb.db).account.resetPassword({ token, newPassword: 'Quartermaine2026' }),
      );
      expect(named.code).toBe('BAD_REQUEST');
      expect(named.message).toMatch(/too easy to guess/);
      await expect(callerFor(tdb.db).account.resetPassword({ token, newPassword: NEW_PASSWORD })).resolves.toEqual({
        reset: true,
      });
    });

    it('a reset sets the password, ends every session, lifts sign-in throttles, and the link works once', async () => {
      const u = await signUpUser(tdb.db);
      const jwt = await signInToken(options, { email: u.email, password: PASSWORD });
      await recordSignInFailure(tdb.db, u.email, '203.0.113.9', new Date());
      await callerFor(tdb.db).account.requestPasswordReset({ email: u.email });
      const token = await linkToken(u.email, '/reset-password');

      const weak = await rejection(callerFor(tdb.db).account.resetPassword({ token, newPassword: 'short' }));
      expect(weak.code).toBe('BAD_REQUEST');
      await expect(callerFor(tdb.db).account.resetPassword({ token, newPassword: NEW_PASSWORD })).resolves.toEqual({
        reset: true,
      });
      expect(await sessionFor(options, jwt)).toBeNull();
      expect(await tdb.db.select().from(signInThrottles).where(eq(signInThrottles.account, u.email))).toEqual([]);
      await expect(signInToken(options, { email: u.email, password: PASSWORD })).rejects.toThrow('sign-in failed');
      const fresh = await signInToken(options, { email: u.email, password: NEW_PASSWORD });
      expect((await sessionFor(options, fresh))?.user.id).toBe(u.id);
      // The inbox was reached: the address counts as verified.
      expect(await isEmailVerified(tdb.db, u.id)).toBe(true);

      const reused = await rejection(
        callerFor(tdb.db).account.resetPassword({ token, newPassword: 'Another!Pass2026' }),
      );
      expect(reused.code).toBe('NOT_FOUND');
      await expect(signInToken(options, { email: u.email, password: NEW_PASSWORD })).resolves.toBeTruthy();
    });

    it('a reset link expires after an hour', async () => {
      const u = await signUpUser(tdb.db);
      await callerFor(tdb.db).account.requestPasswordReset({ email: u.email });
      const token = await linkToken(u.email, '/reset-password');
      await expect(
        resetPassword(tdb.db, { token, newPassword: NEW_PASSWORD }, new Date(Date.now() + HOUR + 60_000)),
      ).rejects.toThrow(/invalid, used or expired/);
      const [row] = await tdb.db.select({ n: users.passwordHash }).from(users).where(eq(users.id, u.id));
      await expect(resetPassword(tdb.db, { token, newPassword: NEW_PASSWORD })).resolves.toEqual({ reset: true });
      const [after] = await tdb.db.select({ n: users.passwordHash }).from(users).where(eq(users.id, u.id));
      expect(after?.n).not.toBe(row?.n);
    });

    it('per account: past the limit no more mail goes out, and the answer does not change', async () => {
      const u = await signUpUser(tdb.db);
      const limiter = memoryRateLimiter();
      const before = (await mailsTo(u.email)).length;
      const answers = [];
      for (let i = 0; i < RATE_LIMITS.passwordResetMailsPerAccount.points + 2; i++)
        answers.push(await requestPasswordReset(tdb.db, u.email, { ...mail(), limiter }));
      expect(new Set(answers.map((a) => a.message))).toEqual(new Set([RESET_REQUESTED]));
      const resetMails = (await mailsTo(u.email)).length - before;
      expect(resetMails).toBe(RATE_LIMITS.passwordResetMailsPerAccount.points);
      // Only the latest link stands.
      const tokens = await tdb.db
        .select()
        .from(accountTokens)
        .where(and(eq(accountTokens.userId, u.id), eq(accountTokens.purpose, 'reset_password')));
      expect(tokens).toHaveLength(1);
    });

    it('per client address: a 429 after the limit, for known and unknown emails alike', async () => {
      const caller = callerFor(tdb.db, undefined, { clientIp: '198.51.100.77' });
      for (let i = 0; i < RATE_LIMITS.passwordResetsPerIp.points; i++)
        await caller.account.requestPasswordReset({ email: `flood${i}.${Date.now()}@example.com` });
      expect((await rejection(caller.account.requestPasswordReset({ email: 'x@example.com' }))).code).toBe(
        'TOO_MANY_REQUESTS',
      );
    });
  });
});
