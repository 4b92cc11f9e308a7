import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifications, users } from '@/server/db/schema';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { callerFor } from './helpers/callers';
import { availableModes, createTestDatabase, type TestDatabase } from './helpers/databases';
import { signUpUser } from './helpers/factories';

const modes = await availableModes();

async function expectTRPCError(promise: Promise<unknown>, code: TRPCError['code'], message?: RegExp) {
  const err = await promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(TRPCError);
  expect((err as TRPCError).code).toBe(code);
  if (message) expect((err as TRPCError).message).toMatch(message);
  return err as TRPCError;
}

describe.each(modes)('users router on %s', (mode) => {
  let tdb: TestDatabase;
  beforeAll(async () => {
    tdb = await createTestDatabase(mode);
  });
  afterAll(async () => {
    await drainWorkflows();
    await tdb.destroy();
  });

  it('signs up with a normalized email and trimmed names, storing an argon2id hash', async () => {
    const res = await callerFor(tdb.db).users.signUp({
      email: '  Ada.Lovelace@Example.COM ',
      password: 'Analytical!Engine1',
      firstName: '  Ada ',
      lastName: ' Lovelace  ',
    });
    expect(res.email).toBe('ada.lovelace@example.com');
    const [row] = await tdb.db.select().from(users).where(eq(users.email, res.email));
    expect(row?.firstName).toBe('Ada');
    expect(row?.lastName).toBe('Lovelace');
    expect(row?.role).toBe('seeker');
    expect(row?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=47104,t=1,p=1\$/);
    // No account id: the answer is the same for an address already registered.
    expect(Object.keys(res)).toEqual(['email']);
  });

  it.each([
    ['Sh0rt!a', /^Password.*at least 8 characters/],
    [`${'Aa1!'.repeat(32)}x`, /^Password.*at most 128 characters/],
  ])('rejects a password of the wrong length %j with a clear message and writes nothing', async (password, message) => {
    const email = `weak.${password.length}.${Math.random().toString(36).slice(2)}@example.com`;
    await expectTRPCError(
      callerFor(tdb.db).users.signUp({ email, password, firstName: 'Weak', lastName: 'Password' }),
      'BAD_REQUEST',
      message,
    );
    const rows = await tdb.db.select({ id: users.id }).from(users).where(eq(users.email, email));
    expect(rows).toHaveLength(0);
  });

  // NIST SP 800-63B: no composition rules; what attackers try first is refused instead.
  it.each([
    'Password123!',
    'p@ssw0rd1',
    'WELCOME1!',
    'password1!',
    'Welcome2026',
    'summer2026',
    'qwertyuiop',
    'aaaaaaaaaaaaaaaaaaaaaaaa',
    'abcdefghijklmnop',
    'givemejobs2026',
  ])('refuses a password that is among the first an attacker tries: %j', async (password) => {
    const email = `common.${Math.random().toString(36).slice(2)}@example.com`;
    const err = await expectTRPCError(
      callerFor(tdb.db).users.signUp({ email, password, firstName: 'Com', lastName: 'Mon' }),
      'BAD_REQUEST',
      /too easy to guess/,
    );
    expect(err.cause).toMatchObject({ details: { fields: { password: [expect.stringMatching(/too easy to guess/)] } } });
    const rows = await tdb.db.select({ id: users.id }).from(users).where(eq(users.email, email));
    expect(rows).toHaveLength(0);
  });

  it('refuses a password made of the account’s own name or address', async () => {
    await expectTRPCError(
      callerFor(tdb.db).users.signUp({
        email: 'marguerite.perey@example.com',
        password: 'Marguerite1',
        firstName: 'Marguerite',
        lastName: 'Perey',
      }),
      'BAD_REQUEST',
      /too easy to guess/,
    );
  });

  it.each([
    'correct horse battery staple',
    'alllowercaseisfinewhenlong',
    'Password#2026',
    'Open_sesame9',
    'Héllo wörld 42X',
    'Tab~and^caret7',
    'zebra-kettle',
    'jobhunt at dusk',
  ])('accepts without any composition rule (any symbol, a space, letters beyond ASCII, or none): %j', async (password) => {
    const email = `ok.${Math.random().toString(36).slice(2)}@example.com`;
    const res = await callerFor(tdb.db).users.signUp({ email, password, firstName: 'Pass', lastName: 'Phrase' });
    expect(res.email).toBe(email);
  });

  it('a duplicate email (any case) answers like a new one and creates nothing', async () => {
    const first = await signUpUser(tdb.db, { email: 'dup@example.com' });
    const res = await callerFor(tdb.db).users.signUp({
      email: 'DUP@example.com',
      password: 'An0ther!Password',
      firstName: 'Second',
      lastName: 'Person',
    });
    expect(res).toEqual({ email: 'dup@example.com' });
    const rows = await tdb.db.select({ id: users.id }).from(users).where(eq(users.email, 'dup@example.com'));
    expect(rows.map((r) => r.id)).toEqual([first.id]);
  });

  it('rejects blank names and a malformed email', async () => {
    await expectTRPCError(
      callerFor(tdb.db).users.signUp({ email: 'blank@example.com', password: 'Str0ng!Pass', firstName: '   ', lastName: 'X' }),
      'BAD_REQUEST',
      /First name is required/,
    );
    await expectTRPCError(
      callerFor(tdb.db).users.signUp({ email: 'not-an-email', password: 'Str0ng!Pass', firstName: 'A', lastName: 'B' }),
      'BAD_REQUEST',
      /valid email/,
    );
  });

  it('never lets a visitor sign up as admin', async () => {
    await expectTRPCError(
      callerFor(tdb.db).users.signUp({
        email: 'wannabe@example.com',
        password: 'Str0ng!Pass',
        firstName: 'A',
        lastName: 'B',
        role: 'admin' as 'seeker',
      }),
      'BAD_REQUEST',
    );
  });

  it('me requires a session and returns only the caller, without the password hash', async () => {
    await expectTRPCError(callerFor(tdb.db).users.me(), 'UNAUTHORIZED', /signed out.*Sign in/);
    const u = await signUpUser(tdb.db, { firstName: 'Grace', lastName: 'Hopper' });
    const me = await callerFor(tdb.db, u).users.me();
    expect(me).toMatchObject({ id: u.id, email: u.email, firstName: 'Grace', role: 'seeker', emailVerified: false });
    expect(JSON.stringify(me)).not.toMatch(/argon2|passwordHash/);
  });

  it('a session of a deleted account is refused', async () => {
    const u = await signUpUser(tdb.db);
    await drainWorkflows();
    await tdb.db.delete(users).where(eq(users.id, u.id));
    await expectTRPCError(callerFor(tdb.db, u).users.me(), 'UNAUTHORIZED');
  });

  it('updates only the caller’s own basic fields', async () => {
    const a = await signUpUser(tdb.db, { firstName: 'Alice' });
    const b = await signUpUser(tdb.db, { firstName: 'Bob' });
    const updated = await callerFor(tdb.db, a).users.updateProfile({
      professionalHeadline: '  Staff engineer  ',
      lastName: 'Liddell',
    });
    expect(updated).toMatchObject({ id: a.id, firstName: 'Alice', lastName: 'Liddell', professionalHeadline: 'Staff engineer' });
    const meB = await callerFor(tdb.db, b).users.me();
    expect(meB.firstName).toBe('Bob');
    await expectTRPCError(callerFor(tdb.db, a).users.updateProfile({}), 'BAD_REQUEST', /Nothing to update/);
  });

  it('sends the welcome notification through the workflow, visible to its owner only', async () => {
    const a = await signUpUser(tdb.db, { firstName: 'Owner' });
    const b = await signUpUser(tdb.db, { firstName: 'Other' });
    await drainWorkflows();
    const mine = await callerFor(tdb.db, a).notifications.list({});
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ type: 'welcome', title: 'Welcome to GiveMeJobs, Owner!', read: false });
    const theirs = await callerFor(tdb.db, b).notifications.list({});
    expect(theirs.map((n) => n.id)).not.toContain(mine[0]?.id);
    // B cannot mark A's notification read, and learns nothing about it.
    await expectTRPCError(callerFor(tdb.db, b).notifications.markRead({ id: mine[0]!.id }), 'NOT_FOUND');
    const [row] = await tdb.db.select().from(notifications).where(eq(notifications.id, mine[0]!.id));
    expect(row?.read).toBe(false);
    const marked = await callerFor(tdb.db, a).notifications.markRead({ id: mine[0]!.id });
    expect(marked.read).toBe(true);
  });
});
