import { eq } from 'drizzle-orm';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryRateLimiter, redisRateLimiter } from '@/server/adapters/rate-limit';
import { users } from '@/server/db/schema';
import { RATE_LIMITS } from '@/server/services/security/rate-limits';
import { signInWithLimits, type SignInOutcome } from '@/server/services/users/sign-in';
import { SIGN_IN_THROTTLE } from '@/server/services/security/sign-in-throttle-policy';
import { devMailbox } from '@/server/db/schema';
import { devMailboxMailer } from '@/server/adapters/mail';
import { withSignInThrottle } from '@/server/auth/credentials-route';
import { and, desc } from 'drizzle-orm';
import { testAuthOptions } from './helpers/auth';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { callerFor } from './helpers/callers';
import { rejection } from './helpers/rejection';
import { availableModes, createTestDatabase, type TestDatabase } from './helpers/databases';
import { signUpUser } from './helpers/factories';

const modes = await availableModes();
const REDIS_URL = 'redis://127.0.0.1:6379';

describe.each(modes)('rate limits on %s', (mode) => {
  let tdb: TestDatabase;
  beforeAll(async () => {
    tdb = await createTestDatabase(mode);
  });
  afterAll(async () => {
    await drainWorkflows();
    await tdb.destroy();
  });

  it('allows 5 sign-ups an hour from one address, refuses the 6th with a 429 and creates nothing', async () => {
    const caller = callerFor(tdb.db, undefined, { clientIp: '203.0.113.7' });
    const stamp = Date.now();
    const input = (i: number) => ({
      email: `burst${i}.${stamp}@example.com`,
      password: 'Evaluation!2026x',
      firstName: 'Burst',
      lastName: `N${i}`,
    });
    for (let i = 0; i < RATE_LIMITS.signUpPerIp.points; i++) await caller.users.signUp(input(i));
    const err = await rejection(caller.users.signUp(input(99)));
    expect(err.code).toBe('TOO_MANY_REQUESTS');
    expect(err.message).toBe('Too many accounts were created from your network. Try again in 60 minutes.');
    const rows = await tdb.db
      .select()
      .from(users)
      .where(eq(users.email, input(99).email));
    expect(rows).toHaveLength(0);
    // Another address is not affected.
    const other = callerFor(tdb.db, undefined, { clientIp: '198.51.100.4' });
    await expect(other.users.signUp(input(100))).resolves.toMatchObject({ email: input(100).email });
  });

  it('limits resume reads per user, not per request', async () => {
    const u = await signUpUser(tdb.db);
    const caller = callerFor(tdb.db, u);
    const paste = { text: 'Jane Doe\njane@example.com\nSkills: Python, SQL, Docker\n' };
    for (let i = 0; i < RATE_LIMITS.resumeReadsPerUser.points; i++) await caller.profile.readResume(paste);
    const err = await rejection(caller.profile.readResume(paste));
    expect(err.code).toBe('TOO_MANY_REQUESTS');
    expect(err.message).toMatch(/^You have read many resumes in the last hour\. Try again in \d+ minutes\.$/);
  });

  const PASSWORD = 'Evaluation!2026x';
  const WRONG = 'Wrong!Guess2026x';
  const A = '203.0.113.66';
  const B = '198.51.100.23';

  /** A clock the test moves, so that waits of minutes take no time. */
  const clock = (start = Date.now()) => {
    let t = start;
    return { now: () => new Date(t), advance: (seconds: number) => (t += seconds * 1000) };
  };

  const unlockTokenMailedTo = async (email: string) => {
    const [mail] = await tdb.db
      .select()
      .from(devMailbox)
      .where(and(eq(devMailbox.to, email)))
      .orderBy(desc(devMailbox.createdAt))
      .limit(1);
    const token = /\/sign-in\/unlock\?token=([\w-]+)/.exec(mail?.text ?? '')?.[1];
    expect(token, 'an unlock link was mailed').toBeTruthy();
    return token!;
  };

  it("an attacker's wrong passwords from one address do not stop the owner elsewhere; the unlock link frees the owner there too", async () => {
    const u = await signUpUser(tdb.db, { password: PASSWORD });
    const limiter = memoryRateLimiter();
    const t = clock();
    const opts = {
      mailer: devMailboxMailer(() => Promise.resolve(tdb.db)),
      appUrl: 'http://localhost:3000',
      now: t.now,
    };
    const attempt = (password: string, address: string): Promise<SignInOutcome> =>
      signInWithLimits(tdb.db, limiter, { email: u.email, password }, address, opts);

    // The attacker waits out every delay, to make as many guesses as the throttle allows.
    let failures = 0;
    while (failures < 12) {
      const outcome = await attempt(WRONG, A);
      if (!outcome.ok && outcome.reason === 'rate_limited') t.advance(outcome.retryAfterSeconds);
      else failures += 1;
    }
    expect(await attempt(PASSWORD, B)).toMatchObject({ ok: true, user: { email: u.email } });
    // From the attacker's address even the right password waits (it could be the attacker's guess)...
    expect(await attempt(PASSWORD, A)).toMatchObject({ ok: false, reason: 'rate_limited' });
    // ...until the owner opens the link mailed at the 10th failure.
    const token = await unlockTokenMailedTo(u.email);
    await expect(callerFor(tdb.db, undefined, { clientIp: A }).users.unlockSignIn({ token })).resolves.toEqual({
      unlocked: true,
    });
    expect(await attempt(PASSWORD, A)).toMatchObject({ ok: true });
    // The link works once.
    const reused = await rejection(callerFor(tdb.db, undefined, { clientIp: A }).users.unlockSignIn({ token }));
    expect(reused.code).toBe('NOT_FOUND');
  });

  it('doubles the wait after each further failure, and a success from the address clears it', async () => {
    const u = await signUpUser(tdb.db, { password: PASSWORD });
    const limiter = memoryRateLimiter();
    const t = clock();
    const attempt = (password: string) =>
      signInWithLimits(tdb.db, limiter, { email: u.email, password }, A, { now: t.now });
    const waits: number[] = [];
    let failures = 0;
    // Wrong passwords, each as soon as it is allowed; every refusal says how long to wait.
    while (failures < 8 || waits.length < 8 - SIGN_IN_THROTTLE.FREE_FAILURES + 1) {
      const outcome = await attempt(WRONG);
      if (outcome.ok) throw new Error('a wrong password signed in');
      if (outcome.reason === 'rate_limited') {
        waits.push(outcome.retryAfterSeconds);
        t.advance(outcome.retryAfterSeconds);
      } else failures += 1;
    }
    // None before FREE_FAILURES failures, then doubling; refused attempts were not counted.
    expect(waits).toEqual([1, 2, 4, 8, 16, 32]);
    expect(await attempt(PASSWORD)).toMatchObject({ ok: true });
    expect(await attempt(WRONG)).toEqual({ ok: false, reason: 'invalid' });
    expect(await attempt(PASSWORD)).toMatchObject({ ok: true }); // the count started again
  });

  it('locks the account when many addresses fail on it, until the owner uses the unlock link', async () => {
    const u = await signUpUser(tdb.db, { password: PASSWORD });
    const limiter = memoryRateLimiter();
    const opts = { mailer: devMailboxMailer(() => Promise.resolve(tdb.db)), appUrl: 'http://localhost:3000' };
    for (let i = 0; i < SIGN_IN_THROTTLE.ACCOUNT_LOCK_FAILURES; i++) {
      const outcome = await signInWithLimits(
        tdb.db,
        limiter,
        { email: u.email, password: WRONG },
        `192.0.2.${i + 1}`,
        opts,
      );
      expect(outcome).toEqual({ ok: false, reason: 'invalid' });
    }
    const locked = await signInWithLimits(tdb.db, limiter, { email: u.email, password: PASSWORD }, B, opts);
    expect(locked).toMatchObject({ ok: false, reason: 'rate_limited' });
    expect(!locked.ok && locked.reason === 'rate_limited' && locked.retryAfterSeconds).toBeGreaterThan(55 * 60);
    await callerFor(tdb.db, undefined, { clientIp: B }).users.unlockSignIn({
      token: await unlockTokenMailedTo(u.email),
    });
    expect(await signInWithLimits(tdb.db, limiter, { email: u.email, password: PASSWORD }, B, opts)).toMatchObject({
      ok: true,
    });
  });

  it('limits sign-in attempts per address across accounts (credential stuffing)', async () => {
    const limiter = memoryRateLimiter();
    const results = [];
    for (let i = 0; i <= RATE_LIMITS.signInPerIp.points; i++) {
      results.push(
        await signInWithLimits(tdb.db, limiter, { email: `nobody${i}@example.com`, password: WRONG }, '192.0.2.200'),
      );
    }
    expect(results.slice(0, -1).every((r) => !r.ok && r.reason === 'invalid')).toBe(true);
    expect(results.at(-1)).toMatchObject({ ok: false, reason: 'rate_limited' });
  });

  describe('the credentials route', () => {
    const credentialsPost = (email: string, password: string) =>
      new Request('http://localhost:3000/api/auth/callback/credentials', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ email, password, csrfToken: 'x', json: 'true' }),
      });

    it('answers a held-back sign-in with 429, Retry-After and a message, and no reason in any URL', async () => {
      const u = await signUpUser(tdb.db, { password: PASSWORD });
      const limiter = memoryRateLimiter();
      // No trusted address in these requests: the shared bucket, as for the service calls above.
      const t = clock();
      for (let i = 0; i < SIGN_IN_THROTTLE.FREE_FAILURES + 2; i++) {
        await signInWithLimits(tdb.db, limiter, { email: u.email, password: WRONG }, null, { now: t.now });
      }
      let reachedNextAuth = false;
      const route = withSignInThrottle(
        () => {
          reachedNextAuth = true;
          return Promise.resolve(new Response('{}'));
        },
        { db: () => Promise.resolve(tdb.db), now: t.now },
      );
      const res = await route(credentialsPost(u.email, PASSWORD), {});
      expect(res.status).toBe(429);
      expect(res.headers.get('retry-after')).toBe('1'); // 3 failures counted; the later attempts were refused
      const body = (await res.json()) as { message: string; retryAfterSeconds: number; url: string };
      expect(body.message).toMatch(/^Too many sign-in attempts\. Try again in \d+ seconds?/);
      expect(body.retryAfterSeconds).toBe(Number(res.headers.get('retry-after')));
      expect(body.url).toBe('http://localhost:3000/sign-in');
      expect(reachedNextAuth).toBe(false);
    });

    it('turns a refusal inside authorize into the same 429 (the per-address window)', async () => {
      const u = await signUpUser(tdb.db, { password: PASSWORD });
      const limiter = memoryRateLimiter();
      for (let i = 0; i < RATE_LIMITS.signInPerIp.points; i++)
        await limiter.consume(RATE_LIMITS.signInPerIp, 'unknown');
      const options = testAuthOptions(tdb.db, limiter);
      const authorize = (
        options.providers[0] as unknown as { options: { authorize: (c: unknown, r: unknown) => Promise<unknown> } }
      ).options.authorize;
      // Where next-auth's core would call our authorize and answer 401 with the error in a URL.
      const route = withSignInThrottle(
        async (req: Request) => {
          const form = new URLSearchParams(await req.text());
          const user = await authorize(Object.fromEntries(form), { headers: {} }).catch(() => null);
          return Response.json(
            { url: user ? '/' : 'http://localhost:3000/api/auth/error?error=RATE_LIMITED' },
            { status: 401 },
          );
        },
        { db: () => Promise.resolve(tdb.db) },
      );
      const res = await route(credentialsPost(u.email, PASSWORD), {});
      expect(res.status).toBe(429);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(60);
      expect(JSON.stringify(await res.json())).not.toContain('error=');
    });
  });
});

describe('rate limiter on the real Redis', () => {
  const policy = { name: `test-${Date.now()}`, points: 2, durationSeconds: 60 };
  let client: Redis;
  beforeAll(() => {
    client = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  });
  afterAll(async () => {
    await client.del(`gmj:rl:${policy.name}:k1`, `gmj:rl:${policy.name}:k2`);
    client.disconnect();
  });

  it('shares counts through Redis across limiter instances', async () => {
    const a = redisRateLimiter(client);
    const b = redisRateLimiter(client);
    expect((await a.consume(policy, 'k1')).allowed).toBe(true);
    expect((await b.consume(policy, 'k1')).allowed).toBe(true);
    const third = await a.consume(policy, 'k1');
    expect(third.allowed).toBe(false);
    expect(third.retryAfterSeconds).toBeGreaterThan(0);
    expect(Number(await client.get(`gmj:rl:${policy.name}:k1`))).toBe(3);
    await b.reset(policy, 'k1');
    expect((await a.consume(policy, 'k1')).allowed).toBe(true);
  });

  it('keeps limiting in process when Redis is down', async () => {
    const down = new Redis('redis://127.0.0.1:1', {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      lazyConnect: true,
      retryStrategy: () => null,
    });
    down.on('error', () => {});
    const limiter = redisRateLimiter(down);
    const outcomes = [];
    for (let i = 0; i < 3; i++) outcomes.push((await limiter.consume(policy, 'k2')).allowed);
    expect(outcomes).toEqual([true, true, false]);
    down.disconnect();
  });
});
