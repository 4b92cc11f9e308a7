/**
 * Two-step sign-in (TOTP), the sessions list, data export and account deletion, through the
 * routers and next-auth's credentials provider as the app configures it, on both databases.
 */
import { and, eq } from 'drizzle-orm';
import type { NextAuthOptions } from 'next-auth';
import { encode } from 'next-auth/jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryRateLimiter } from '@/server/adapters/rate-limit';
import { createCaller } from '@/server/api/root';
import { createTRPCContext } from '@/server/api/trpc';
import { totpCode, TOTP } from '@/server/auth/mfa-totp';
import {
  applications,
  companyMembers,
  jobs,
  mfaRecoveryCodes,
  notifications,
  savedSearches,
  signInThrottles,
  skills,
  userMfa,
  users,
  userSessions,
} from '@/server/db/schema';
import { recordSignInFailure } from '@/server/services/security/sign-in-throttle';
import { SIGN_IN_THROTTLE } from '@/server/services/security/sign-in-throttle-policy';
import { signInWithLimits } from '@/server/services/users/sign-in';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { sessionFor, TEST_SECRET, testAuthOptions } from './helpers/auth';
import { callerFor } from './helpers/callers';
import { availableModes, createTestDatabase, type TestDatabase } from './helpers/databases';
import { signUpUser } from './helpers/factories';
import { insertCompany, insertJob } from './helpers/jobs';
import { rejection } from './helpers/rejection';

const modes = await availableModes();
const PASSWORD = 'Str0ng!Passw0rd';
const STEP_MS = TOTP.STEP_SECONDS * 1000;

type Authorize = (credentials: unknown, req: { headers: Record<string, string> }) => Promise<unknown>;

describe.each(modes)('MFA, sessions, export and deletion on %s', (mode) => {
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

  const authorize = (credentials: Record<string, string>, headers: Record<string, string> = {}) =>
    (options.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize(credentials, {
      headers,
    });
  /** Signs in as next-auth would (authorize, then the jwt callback) and returns the cookie's JWT. */
  const signIn = async (credentials: Record<string, string>, headers: Record<string, string> = {}) => {
    const user = await authorize(credentials, headers);
    const token = await options.callbacks!.jwt!({ token: {}, user } as never);
    return encode({ token, secret: TEST_SECRET });
  };
  const withMfa = async () => {
    const u = await signUpUser(tdb.db);
    const caller = callerFor(tdb.db, u);
    const { secret, otpauthUri } = await caller.account.startMfa({ password: PASSWORD });
    expect(otpauthUri).toContain(`secret=${secret}`);
    // Enrolled a step ago, so that "now" has a fresh step to sign in with.
    const { recoveryCodes } = await caller.account.confirmMfa({
      code: totpCode(secret, new Date(Date.now() - STEP_MS)),
    });
    return { u, secret, recoveryCodes, caller };
  };

  describe('two-step sign-in', () => {
    it('enrolment needs the password and a first correct code; then 10 recovery codes, stored hashed', async () => {
      const u = await signUpUser(tdb.db);
      const caller = callerFor(tdb.db, u);
      expect((await rejection(caller.account.startMfa({ password: 'Wr0ng!Passw0rd' }))).code).toBe('BAD_REQUEST');
      const { secret } = await caller.account.startMfa({ password: PASSWORD });
      expect(secret).toMatch(/^[A-Z2-7]{32}$/);
      expect((await rejection(caller.account.confirmMfa({ code: '000000' }))).code).toBe('BAD_REQUEST');
      expect((await caller.account.security()).mfaEnabled).toBe(false);
      const { recoveryCodes } = await caller.account.confirmMfa({ code: totpCode(secret, new Date()) });
      expect(recoveryCodes).toHaveLength(10);
      expect(new Set(recoveryCodes).size).toBe(10);
      const stored = await tdb.db.select().from(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, u.id));
      expect(stored).toHaveLength(10);
      for (const code of recoveryCodes) expect(JSON.stringify(stored)).not.toContain(code.replace('-', ''));
      expect(await caller.account.security()).toMatchObject({ mfaEnabled: true, recoveryCodesLeft: 10 });
      expect((await rejection(caller.account.startMfa({ password: PASSWORD }))).code).toBe('CONFLICT');
    });

    it('asks for the code, refuses a wrong one (counted like a wrong password) and a replayed one', async () => {
      const { u, secret } = await withMfa();
      const limiter = memoryRateLimiter();
      const attempt = (code?: string) =>
        signInWithLimits(
          tdb.db,
          limiter,
          { email: u.email, password: PASSWORD, ...(code ? { code } : {}) },
          '192.0.2.50',
        );
      expect(await attempt()).toEqual({ ok: false, reason: 'mfa_required' });
      // A wrong password with a code is still just a wrong password.
      expect(
        await signInWithLimits(
          tdb.db,
          limiter,
          { email: u.email, password: 'Wr0ng!Pass', code: '123456' },
          '192.0.2.51',
        ),
      ).toEqual({ ok: false, reason: 'invalid' });
      const wrong = totpCode(secret, new Date(Date.now() + 10 * STEP_MS));
      expect(await attempt(wrong)).toEqual({ ok: false, reason: 'mfa_invalid' });
      const [pair] = await tdb.db
        .select({ failures: signInThrottles.failures })
        .from(signInThrottles)
        .where(and(eq(signInThrottles.account, u.email), eq(signInThrottles.address, '192.0.2.50')));
      expect(pair?.failures).toBe(1);
      const code = totpCode(secret, new Date());
      expect(await attempt(code)).toMatchObject({ ok: true, user: { id: u.id } });
      expect(await attempt(code)).toEqual({ ok: false, reason: 'mfa_invalid' });
      // An older step than the one used is refused too.
      expect(await attempt(totpCode(secret, new Date(Date.now() - STEP_MS)))).toEqual({
        ok: false,
        reason: 'mfa_invalid',
      });
    });

    it('a held-back sign-in goes through with a right code, and that lifts the lock; a wrong code does not', async () => {
      const { u, secret } = await withMfa();
      const limiter = memoryRateLimiter();
      const address = '192.0.2.70';
      for (let i = 0; i < SIGN_IN_THROTTLE.FREE_FAILURES + 3; i++)
        await recordSignInFailure(tdb.db, u.email, address, new Date());
      const attempt = (extra: Record<string, string>) =>
        signInWithLimits(tdb.db, limiter, { email: u.email, password: PASSWORD, ...extra }, address);
      expect(await attempt({})).toMatchObject({ ok: false, reason: 'rate_limited' });
      expect(await attempt({ code: '000000' })).toMatchObject({ ok: false, reason: 'rate_limited' });
      // A right code with a wrong password lifts nothing.
      expect(
        await signInWithLimits(
          tdb.db,
          limiter,
          { email: u.email, password: 'Wr0ng!Passw0rd', code: totpCode(secret, new Date()) },
          address,
        ),
      ).toMatchObject({ ok: false, reason: 'rate_limited' });
      expect(await attempt({ code: totpCode(secret, new Date(Date.now() + STEP_MS)) })).toMatchObject({
        ok: true,
        user: { id: u.id },
      });
      expect(await tdb.db.select().from(signInThrottles).where(eq(signInThrottles.account, u.email))).toEqual([]);
    });

    it('two requests racing with one code: only one signs in', async () => {
      const { u, secret } = await withMfa();
      const code = totpCode(secret, new Date());
      const results = await Promise.all(
        [1, 2, 3].map(() =>
          signInWithLimits(tdb.db, memoryRateLimiter(), { email: u.email, password: PASSWORD, code }, '192.0.2.60'),
        ),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(1);
    });

    it('a recovery code signs in once', async () => {
      const { u, recoveryCodes } = await withMfa();
      const code = recoveryCodes[3]!;
      const jwt = await signIn({ email: u.email, password: PASSWORD, code: code.toUpperCase() });
      expect((await sessionFor(options, jwt))?.user.id).toBe(u.id);
      await expect(authorize({ email: u.email, password: PASSWORD, code })).rejects.toThrow('MFA_INVALID');
      expect((await callerFor(tdb.db, u).account.security()).recoveryCodesLeft).toBe(9);
    });

    it('the credentials provider says which step is missing', async () => {
      const { u } = await withMfa();
      await expect(authorize({ email: u.email, password: PASSWORD })).rejects.toThrow('MFA_REQUIRED');
      await expect(authorize({ email: u.email, password: PASSWORD, code: '12' })).rejects.toThrow('MFA_INVALID');
      await expect(authorize({ email: u.email, password: 'Wr0ng!Passw0rd' })).resolves.toBeNull();
    });

    it('turning it off needs the password and a code', async () => {
      const { u, secret, caller } = await withMfa();
      const code = totpCode(secret, new Date());
      expect((await rejection(caller.account.disableMfa({ password: 'Wr0ng!Passw0rd', code }))).code).toBe(
        'BAD_REQUEST',
      );
      expect((await rejection(caller.account.disableMfa({ password: PASSWORD, code: '000000' }))).code).toBe(
        'BAD_REQUEST',
      );
      await expect(caller.account.disableMfa({ password: PASSWORD, code })).resolves.toEqual({ mfaEnabled: false });
      expect(await tdb.db.select().from(userMfa).where(eq(userMfa.userId, u.id))).toEqual([]);
      expect(await tdb.db.select().from(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, u.id))).toEqual([]);
      expect(
        await signInWithLimits(tdb.db, memoryRateLimiter(), { email: u.email, password: PASSWORD }, null),
      ).toMatchObject({
        ok: true,
      });
    });
  });

  describe('sessions', () => {
    it('lists each sign-in with "this device"; ending one refuses its token and no other', async () => {
      const u = await signUpUser(tdb.db);
      const laptop = await signIn({ email: u.email, password: PASSWORD }, { 'user-agent': 'Laptop Firefox' });
      const phone = await signIn({ email: u.email, password: PASSWORD }, { 'user-agent': 'Phone Safari' });
      const laptopSession = await sessionFor(options, laptop);
      expect(laptopSession?.sessionId).toMatch(/^[0-9a-f-]{36}$/);
      const asLaptop = createCaller(
        createTRPCContext({
          db: tdb.db,
          session: { user: { id: u.id, role: 'seeker' }, sessionId: laptopSession!.sessionId },
          rateLimiter: memoryRateLimiter(),
        }),
      );
      const list = await asLaptop.account.sessions();
      expect(list.map((s) => [s.userAgent, s.current]).sort()).toEqual([
        ['Laptop Firefox', true],
        ['Phone Safari', false],
      ]);
      const phoneRow = list.find((s) => !s.current)!;
      await expect(asLaptop.account.endSession({ id: phoneRow.id })).resolves.toEqual({ ended: true });
      expect(await sessionFor(options, phone)).toBeNull();
      expect((await sessionFor(options, laptop))?.user.id).toBe(u.id);
      expect((await rejection(asLaptop.account.endSession({ id: phoneRow.id }))).code).toBe('NOT_FOUND');
    });

    it("another user's session id is answered NOT_FOUND and stays", async () => {
      const owner = await signUpUser(tdb.db);
      const other = await signUpUser(tdb.db);
      const jwt = await signIn({ email: owner.email, password: PASSWORD });
      const sid = (await sessionFor(options, jwt))!.sessionId!;
      expect((await rejection(callerFor(tdb.db, other).account.endSession({ id: sid }))).code).toBe('NOT_FOUND');
      expect((await sessionFor(options, jwt))?.user.id).toBe(owner.id);
    });

    it('sign out everywhere still ends them all, and the list is empty afterwards', async () => {
      const u = await signUpUser(tdb.db);
      const a = await signIn({ email: u.email, password: PASSWORD });
      await signIn({ email: u.email, password: PASSWORD });
      await callerFor(tdb.db, u).users.signOutEverywhere();
      expect(await sessionFor(options, a)).toBeNull();
      expect(await callerFor(tdb.db, u).account.sessions()).toEqual([]);
    });
  });

  describe('export and deletion', () => {
    const populate = async (
      u: { id: string; email: string; role: 'seeker' | 'recruiter' | 'admin'; password: string },
      tag: string,
    ) => {
      const caller = callerFor(tdb.db, u);
      await caller.profile.addSkill({
        name: `Skill${tag}`,
        category: 'technical',
        proficiencyLevel: 3,
        yearsOfExperience: 2,
      });
      const job = await insertJob(tdb.db, { title: `Job ${tag}` });
      const saved = await insertJob(tdb.db, { title: `Saved ${tag}` });
      await caller.applications.applyToJob({ jobId: job.id, note: `Note ${tag}` });
      await caller.applications.save({ jobId: saved.id });
      await tdb.db
        .insert(notifications)
        .values({ userId: u.id, type: 'system', title: `Hi ${tag}`, body: `Body ${tag}` });
      await tdb.db.insert(savedSearches).values({ userId: u.id, name: `Search ${tag}`, criteria: { keywords: tag } });
      await drainWorkflows();
    };

    it("exports the caller's data only, without hashes, secrets or tokens", async () => {
      const me = await signUpUser(tdb.db, { lastName: 'Exporter' });
      const other = await signUpUser(tdb.db, { lastName: 'Bystander' });
      await populate(me, 'Mine7');
      await populate(other, 'Theirs9');
      const mfa = callerFor(tdb.db, me);
      const { secret } = await mfa.account.startMfa({ password: PASSWORD });
      const { recoveryCodes } = await mfa.account.confirmMfa({ code: totpCode(secret, new Date()) });

      const data = await callerFor(tdb.db, me).account.exportData();
      const text = JSON.stringify(data);
      expect(data.account).toMatchObject({ id: me.id, email: me.email, lastName: 'Exporter', mfaEnabled: true });
      expect(data.profile.skills.length).toBeGreaterThan(0);
      expect(data.applications.map((a) => a.jobTitle)).toEqual(['Job Mine7']);
      expect(data.savedJobs.map((a) => a.jobTitle)).toEqual(['Saved Mine7']);
      expect(data.applications[0]?.events.length).toBeGreaterThan(0);
      expect(data.savedSearches.map((s) => s.name)).toEqual(['Search Mine7']);
      expect(data.notifications.map((n) => n.title)).toContain('Hi Mine7');
      for (const foreign of ['Theirs9', other.id, other.email, 'Bystander']) expect(text).not.toContain(foreign);
      const [row] = await tdb.db.select().from(users).where(eq(users.id, me.id));
      for (const secretText of [row!.passwordHash, secret, ...recoveryCodes, 'passwordHash', 'password_hash'])
        expect(text).not.toContain(secretText);
    });

    it('deletes the account after the password: its rows go, others stay, a recruiter’s jobs keep the company', async () => {
      const seeker = await signUpUser(tdb.db);
      const bystander = await signUpUser(tdb.db);
      await populate(seeker, 'Gone3');
      await populate(bystander, 'Stays4');
      const jwt = await signIn({ email: seeker.email, password: PASSWORD });
      const caller = callerFor(tdb.db, seeker);
      expect(
        (await rejection(caller.account.deleteAccount({ password: 'Wr0ng!Passw0rd', confirm: 'DELETE' }))).code,
      ).toBe('BAD_REQUEST');
      expect(
        (await rejection(caller.account.deleteAccount({ password: PASSWORD, confirm: 'delete' as 'DELETE' }))).code,
      ).toBe('BAD_REQUEST');
      await expect(caller.account.deleteAccount({ password: PASSWORD, confirm: 'DELETE' })).resolves.toEqual({
        deleted: true,
      });
      expect(await tdb.db.select().from(users).where(eq(users.id, seeker.id))).toEqual([]);
      for (const table of [applications, notifications, savedSearches, skills, userSessions] as const)
        expect(await tdb.db.select().from(table).where(eq(table.userId, seeker.id))).toEqual([]);
      expect(await sessionFor(options, jwt)).toBeNull();
      expect((await rejection(caller.users.me())).code).toBe('UNAUTHORIZED');
      expect(await tdb.db.select().from(applications).where(eq(applications.userId, bystander.id))).toHaveLength(2);

      const recruiter = await signUpUser(tdb.db, { role: 'recruiter' });
      const colleague = await signUpUser(tdb.db, { role: 'recruiter' });
      const company = await insertCompany(tdb.db, `Keeps Co ${Date.now()}`);
      await tdb.db.insert(companyMembers).values([
        { companyId: company.id, userId: recruiter.id },
        { companyId: company.id, userId: colleague.id },
      ]);
      const job = await insertJob(tdb.db, { title: 'Posted then left', companyId: company.id, postedBy: recruiter.id });
      await callerFor(tdb.db, recruiter).account.deleteAccount({ password: PASSWORD, confirm: 'DELETE' });
      const [kept] = await tdb.db.select().from(jobs).where(eq(jobs.id, job.id));
      expect(kept).toMatchObject({ companyId: company.id, postedBy: null, status: 'open' });
      expect(await tdb.db.select().from(companyMembers).where(eq(companyMembers.companyId, company.id))).toEqual([
        expect.objectContaining({ userId: colleague.id }),
      ]);
    });
  });
});
