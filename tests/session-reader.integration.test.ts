/**
 * The app's session reader (auth/session-reader.ts) against next-auth's own session route: the
 * same answer for a good token, one split into cookie chunks, an expired one, one sealed under
 * another secret and an altered one. (Revocation cases: session-revocation and the account tests,
 * whose sessionFor compares the two on every token.)
 */
import { eq } from 'drizzle-orm';
import type { NextAuthOptions } from 'next-auth';
import { encode } from 'next-auth/jwt';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { readSession, sessionTokenFrom } from '@/server/auth/session-reader';
import { userSessions } from '@/server/db/schema';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { availableModes, createTestDatabase, type TestDatabase } from './helpers/databases';
import { signUpUser } from './helpers/factories';
import { sessionFor, signInToken, TEST_SECRET, testAuthOptions } from './helpers/auth';

const modes = await availableModes();
const PASSWORD = 'Evaluation!2026x';
const NAME = 'next-auth.session-token';

describe.each(modes)('session reader on %s', (mode) => {
  let tdb: TestDatabase;
  let options: NextAuthOptions;
  beforeAll(async () => {
    tdb = await createTestDatabase(mode);
    options = testAuthOptions(tdb.db);
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  afterAll(async () => {
    await drainWorkflows();
    await tdb.destroy();
  });

  const read = (token: string | null, secret = TEST_SECRET) =>
    readSession(token, { secret, db: () => Promise.resolve(tdb.db) });

  it('reads a good token, whole or in chunks, under either cookie name', async () => {
    const u = await signUpUser(tdb.db, { password: PASSWORD });
    const jwt = await signInToken(options, { email: u.email, password: PASSWORD });
    expect((await sessionFor(options, jwt))?.user.id).toBe(u.id);
    expect((await read(sessionTokenFrom([{ name: NAME, value: jwt }])))?.user).toEqual({ id: u.id, role: 'seeker' });

    const third = Math.ceil(jwt.length / 3);
    const chunks = [2, 0, 1].map((i) => ({ name: `${NAME}.${i}`, value: jwt.slice(i * third, (i + 1) * third) }));
    expect(sessionTokenFrom([{ name: 'other', value: 'x' }, ...chunks])).toBe(jwt);
    expect(sessionTokenFrom([{ name: `__Secure-${NAME}`, value: jwt }])).toBe(jwt);
    expect(
      sessionTokenFrom([
        { name: `${NAME}x`, value: jwt },
        { name: 'a', value: 'b' },
      ]),
    ).toBeNull();
    expect(await read(null)).toBeNull();
  });

  it('refuses an expired, foreign or altered token, as next-auth does', async () => {
    const u = await signUpUser(tdb.db, { password: PASSWORD });
    const jwt = await signInToken(options, { email: u.email, password: PASSWORD });
    const { decode } = await import('next-auth/jwt');
    const claims = (await decode({ token: jwt, secret: TEST_SECRET }))!;
    const expired = await encode({ token: claims, secret: TEST_SECRET, maxAge: -60 });
    const foreign = await encode({ token: claims, secret: 'another-secret-of-enough-length-0123456789' });
    const altered = `${jwt.slice(0, 40)}${jwt[40] === 'A' ? 'B' : 'A'}${jwt.slice(41)}`;
    for (const token of [expired, foreign, altered, 'not-a-token']) {
      expect(await sessionFor(options, token)).toBeNull();
      expect(await read(token)).toBeNull();
    }
  });

  it('does not take a token opened before for one under another secret, nor once it has expired', async () => {
    const u = await signUpUser(tdb.db, { password: PASSWORD });
    const jwt = await signInToken(options, { email: u.email, password: PASSWORD });
    const { decode } = await import('next-auth/jwt');
    const claims = (await decode({ token: jwt, secret: TEST_SECRET }))!;
    const shortLived = await encode({ token: claims, secret: TEST_SECRET, maxAge: 60 });
    expect((await read(shortLived))?.user.id).toBe(u.id);
    expect((await read(shortLived))?.user.id).toBe(u.id);
    expect(await read(shortLived, 'another-secret-of-enough-length-0123456789')).toBeNull();
    expect((await read(shortLived))?.user.id).toBe(u.id);

    // Past its expiry and next-auth's 15 s of clock tolerance.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 120_000 });
    expect(await sessionFor(options, shortLived)).toBeNull();
    expect(await read(shortLived)).toBeNull();
  });

  it('refreshes the session row’s last-seen time now and then, and refuses a token whose row is gone', async () => {
    const u = await signUpUser(tdb.db, { password: PASSWORD });
    const jwt = await signInToken(options, { email: u.email, password: PASSWORD });
    const [row] = await tdb.db.select().from(userSessions).where(eq(userSessions.userId, u.id));
    const at = (d: Date) => tdb.db.update(userSessions).set({ lastSeenAt: d }).where(eq(userSessions.id, row!.id));
    const seen = async () =>
      (await tdb.db.select().from(userSessions).where(eq(userSessions.id, row!.id)))[0]?.lastSeenAt.getTime();

    const minuteAgo = new Date(Date.now() - 60_000);
    await at(minuteAgo);
    expect((await read(jwt))?.sessionId).toBe(row!.id);
    expect(await seen()).toBe(minuteAgo.getTime());

    await at(new Date(Date.now() - 10 * 60_000));
    expect((await read(jwt))?.user.id).toBe(u.id);
    expect(await seen()).toBeGreaterThan(Date.now() - 60_000);

    await tdb.db.delete(userSessions).where(eq(userSessions.id, row!.id));
    expect(await sessionFor(options, jwt)).toBeNull();
    expect(await read(jwt)).toBeNull();
  });
});
