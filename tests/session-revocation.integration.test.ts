/**
 * A session token copied before sign-out, a password change or "sign out everywhere" is refused
 * afterwards. Sessions are real next-auth JWTs (encode/decode with the app's options), looked up
 * through next-auth's own session route, on both databases.
 */
import { eq } from 'drizzle-orm';
import type { NextAuthOptions } from 'next-auth';
import { decode, encode } from 'next-auth/jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '@/server/db/schema';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { callerFor } from './helpers/callers';
import { availableModes, createTestDatabase, type TestDatabase } from './helpers/databases';
import { signUpUser } from './helpers/factories';
import { rejection } from './helpers/rejection';
import { sessionFor, signInToken, TEST_SECRET, testAuthOptions } from './helpers/auth';
import { SIGNED_OUT_MESSAGE } from '@/lib/signed-out';

const modes = await availableModes();
const PASSWORD = 'Evaluation!2026x';

describe.each(modes)('session revocation on %s', (mode) => {
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

  const signedIn = async () => {
    const u = await signUpUser(tdb.db, { password: PASSWORD });
    const jwt = await signInToken(options, { email: u.email, password: PASSWORD });
    expect((await sessionFor(options, jwt))?.user).toMatchObject({ id: u.id, role: 'seeker' });
    return { u, jwt };
  };

  it('sign-out ends the session everywhere: a copy of the token no longer works', async () => {
    const { u, jwt } = await signedIn();
    const copy = `${jwt}`;
    const otherDevice = await signInToken(options, { email: u.email, password: PASSWORD });
    // What next-auth's sign-out route does with the cookie's token.
    await options.events!.signOut!({
      token: (await decode({ token: jwt, secret: TEST_SECRET }))!,
      session: null as never,
    });
    expect(await sessionFor(options, copy)).toBeNull();
    expect(await sessionFor(options, otherDevice)).toBeNull();
    // Signing in again issues a token that works.
    const fresh = await signInToken(options, { email: u.email, password: PASSWORD });
    expect((await sessionFor(options, fresh))?.user.id).toBe(u.id);
  });

  it('a dead token cannot be used to sign the owner out again', async () => {
    const { u, jwt } = await signedIn();
    await options.events!.signOut!({
      token: (await decode({ token: jwt, secret: TEST_SECRET }))!,
      session: null as never,
    });
    const fresh = await signInToken(options, { email: u.email, password: PASSWORD });
    await options.events!.signOut!({
      token: (await decode({ token: jwt, secret: TEST_SECRET }))!,
      session: null as never,
    });
    expect((await sessionFor(options, fresh))?.user.id).toBe(u.id);
  });

  it('users.signOutEverywhere ends every session of the caller and no one else’s', async () => {
    const { u, jwt } = await signedIn();
    const other = await signedIn();
    await expect(callerFor(tdb.db, u).users.signOutEverywhere()).resolves.toEqual({ sessionsEnded: true });
    expect(await sessionFor(options, jwt)).toBeNull();
    expect((await sessionFor(options, other.jwt))?.user.id).toBe(other.u.id);
    // What the other browser's next save then hears: why, and that a new sign-in fixes it (it had
    // read a bare "Please sign in." under a profile field: a walk).
    await expect(rejection(callerFor(tdb.db).users.signOutEverywhere())).resolves.toMatchObject({
      code: 'UNAUTHORIZED',
      message: SIGNED_OUT_MESSAGE,
    });
  });

  it('a password change ends every session; the old password no longer signs in', async () => {
    const { u, jwt } = await signedIn();
    const wrong = await rejection(
      callerFor(tdb.db, u).users.changePassword({ currentPassword: 'Not!TheOne1', newPassword: 'Brand!New2026x' }),
    );
    expect(wrong.code).toBe('BAD_REQUEST');
    expect((await sessionFor(options, jwt))?.user.id).toBe(u.id);
    await callerFor(tdb.db, u).users.changePassword({ currentPassword: PASSWORD, newPassword: 'Brand!New2026x' });
    expect(await sessionFor(options, jwt)).toBeNull();
    await expect(signInToken(options, { email: u.email, password: PASSWORD })).rejects.toThrow('sign-in failed');
    const fresh = await signInToken(options, { email: u.email, password: 'Brand!New2026x' });
    expect((await sessionFor(options, fresh))?.user.id).toBe(u.id);
  });

  it('refuses a token of a deleted user, and one forged with another secret', async () => {
    const { u, jwt } = await signedIn();
    const forged = await encode({
      token: { sub: u.id, role: 'admin', sv: 0 },
      secret: 'another-secret-entirely-0123456789',
    });
    expect(await sessionFor(options, forged)).toBeNull();
    await drainWorkflows();
    await tdb.db.delete(users).where(eq(users.id, u.id));
    expect(await sessionFor(options, jwt)).toBeNull();
  });

  it('takes the role from the database, not the token', async () => {
    const { u, jwt } = await signedIn();
    await tdb.db.update(users).set({ role: 'recruiter' }).where(eq(users.id, u.id));
    expect((await sessionFor(options, jwt))?.user.role).toBe('recruiter');
  });
});
