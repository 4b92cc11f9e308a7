/**
 * Sign-up does not tell whether an address is registered: a new and an existing address get the
 * same answer (body and status, over tRPC and over HTTP), each path sends exactly one mail (a
 * verification link for the new account; to an existing owner, "someone tried to sign up with
 * your address"), and the existing account is left as it was. Both databases.
 */
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devMailbox, users } from '@/server/db/schema';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { callerFor } from './helpers/callers';
import { availableModes, createTestDatabase, type TestDatabase } from './helpers/databases';
import { signUpUser } from './helpers/factories';

const modes = await availableModes();

describe.each(modes)('sign-up without enumeration on %s', (mode) => {
  let tdb: TestDatabase;
  beforeAll(async () => {
    tdb = await createTestDatabase(mode);
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

  it('answers an existing address exactly as a new one, and mails its owner instead', async () => {
    const owner = await signUpUser(tdb.db, { firstName: 'Olive' });
    const [before] = await tdb.db.select().from(users).where(eq(users.id, owner.id));
    const mailsBefore = (await mailsTo(owner.email)).length;

    const fresh = `fresh.${Date.now()}@example.com`;
    const input = { password: 'An0ther!Password', firstName: 'Mallory', lastName: 'Probe' };
    const newAnswer = await callerFor(tdb.db).users.signUp({ ...input, email: fresh });
    const existingAnswer = await callerFor(tdb.db).users.signUp({ ...input, email: owner.email.toUpperCase() });
    // Same shape and content, apart from the address each was asked about.
    expect(existingAnswer).toEqual({ ...newAnswer, email: owner.email });
    expect(JSON.stringify(newAnswer)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);

    // The new address got its verification link; the owner got one notice, with the ways in.
    const [verification] = await mailsTo(fresh);
    expect(verification?.text).toContain('/verify-email?token=');
    const ownerMails = await mailsTo(owner.email);
    expect(ownerMails).toHaveLength(mailsBefore + 1);
    expect(ownerMails[0]?.subject).toMatch(/sign up/i);
    expect(ownerMails[0]?.text).toMatch(/someone tried to sign up with your address/i);
    expect(ownerMails[0]?.text).toContain('/sign-in');
    expect(ownerMails[0]?.text).toContain('/forgot-password');
    expect(ownerMails[0]?.text).not.toContain('token=');

    // The existing account is untouched: same password hash, names, sessions.
    const [after] = await tdb.db.select().from(users).where(eq(users.id, owner.id));
    expect(after).toEqual(before);
    expect(await tdb.db.select({ id: users.id }).from(users).where(eq(users.email, owner.email))).toHaveLength(1);
  });

  it('two sign-ups racing on one address: both get the same answer, one account exists', async () => {
    const input = { email: `race.${Date.now()}@example.com`, password: 'R4ce!Condition', firstName: 'Race', lastName: 'Twin' };
    const [a, b] = await Promise.all([callerFor(tdb.db).users.signUp(input), callerFor(tdb.db).users.signUp(input)]);
    expect(a).toEqual(b);
    expect(await tdb.db.select({ id: users.id }).from(users).where(eq(users.email, input.email))).toHaveLength(1);
  });
});
