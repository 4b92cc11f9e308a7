import { eq } from 'drizzle-orm';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryRateLimiter, redisRateLimiter } from '@/server/adapters/rate-limit';
import { users } from '@/server/db/schema';
import { RATE_LIMITS } from '@/server/services/security/rate-limits';
import { signInWithLimits } from '@/server/services/users/sign-in';
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
      password: 'Str0ng!Passw0rd',
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

  it('locks an account after 10 failed sign-ins until the window passes, and a success clears the count', async () => {
    const u = await signUpUser(tdb.db);
    const limiter = memoryRateLimiter();
    const attempt = (password: string) => signInWithLimits(tdb.db, limiter, { email: u.email, password }, null);

    for (let i = 0; i < 3; i++) expect(await attempt('Wrong!Passw0rd')).toEqual({ ok: false, reason: 'invalid' });
    expect(await attempt(u.password)).toMatchObject({ ok: true, user: { email: u.email } });
    // The success reset the account's count: ten more failures are allowed before the lock.
    for (let i = 0; i < RATE_LIMITS.signInPerAccount.points - 1; i++) {
      expect(await attempt('Wrong!Passw0rd')).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(await attempt('Wrong!Passw0rd')).toEqual({ ok: false, reason: 'invalid' });
    const locked = await attempt(u.password);
    expect(locked).toMatchObject({ ok: false, reason: 'rate_limited' });
    expect(locked.ok === false && locked.reason === 'rate_limited' && locked.retryAfterSeconds).toBeGreaterThan(800);
  });

  it('limits sign-in attempts per address across accounts (credential stuffing)', async () => {
    const limiter = memoryRateLimiter();
    const results = [];
    for (let i = 0; i <= RATE_LIMITS.signInPerIp.points; i++) {
      results.push(
        await signInWithLimits(
          tdb.db,
          limiter,
          { email: `nobody${i}@example.com`, password: 'Wrong!Passw0rd' },
          '192.0.2.1',
        ),
      );
    }
    expect(results.slice(0, -1).every((r) => !r.ok && r.reason === 'invalid')).toBe(true);
    expect(results.at(-1)).toMatchObject({ ok: false, reason: 'rate_limited' });
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
