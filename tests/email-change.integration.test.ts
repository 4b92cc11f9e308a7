/**
 * Changing the sign-in address: the password again, a one-use link to the new address, a notice
 * to the old one, nothing changed before the link is opened, and no word on whether another
 * account has the address.
 */
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { accountTokens, devMailbox, securityEvents, users } from '@/server/db/schema';
import { callerFor } from './helpers/callers';
import { availableModes } from './helpers/databases';
import { signUpUser } from './helpers/factories';
import { rejection } from './helpers/rejection';
import { useTestDatabase } from './helpers/test-database-hooks';

const modes = await availableModes();
const PASSWORD = 'Str0ng!Passw0rd';

describe.each(modes)('email change on %s', (mode) => {
  const tdb = useTestDatabase(mode);
  const mailsTo = async (to: string) => tdb().db.select().from(devMailbox).where(eq(devMailbox.to, to));
  const linkIn = (text: string) => /\/confirm-email-change\?token=([A-Za-z0-9_-]+)/.exec(text)?.[1];
  const fresh = (name: string) => `${name}.${mode}.${Date.now()}.${Math.random().toString(36).slice(2, 7)}@example.com`;

  it('mails a link to the new address, tells the old one, and changes nothing until the link is opened', async () => {
    const { db } = tdb();
    const u = await signUpUser(db);
    const api = callerFor(db, u).account;
    const newEmail = fresh('moved');
    await expect(api.requestEmailChange({ currentPassword: PASSWORD, newEmail: newEmail.toUpperCase() })).resolves.toEqual({
      sentTo: newEmail,
    });
    const [link] = await mailsTo(newEmail);
    const token = linkIn(link?.text ?? '');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const told = (await mailsTo(u.email)).filter((m) => m.subject.includes('email address was requested'));
    expect(told).toHaveLength(1);
    expect(told[0]?.text).toContain(newEmail);
    // Nothing changes before the link is opened.
    expect((await db.select({ email: users.email }).from(users).where(eq(users.id, u.id)))[0]?.email).toBe(u.email);

    await expect(callerFor(db).account.confirmEmailChange({ token: token ?? '' })).resolves.toEqual({ email: newEmail });
    const [row] = await db.select().from(users).where(eq(users.id, u.id));
    expect(row).toMatchObject({ email: newEmail, emailVerified: true });
    const events = await db.select().from(securityEvents).where(eq(securityEvents.userId, u.id));
    expect(events.map((e) => e.type)).toContain('email_changed');
    // One use.
    const again = await rejection(callerFor(db).account.confirmEmailChange({ token: token ?? '' }));
    expect(again.code).toBe('NOT_FOUND');
  });

  it('asks for the password again and refuses the same address', async () => {
    const { db } = tdb();
    const u = await signUpUser(db);
    const api = callerFor(db, u).account;
    const wrong = await rejection(api.requestEmailChange({ currentPassword: 'Wr0ng!Passw0rd', newEmail: fresh('x') }));
    expect(wrong.code).toBe('BAD_REQUEST');
    expect(wrong.message).toMatch(/Current password is incorrect/);
    const same = await rejection(api.requestEmailChange({ currentPassword: PASSWORD, newEmail: u.email }));
    expect(same.message).toMatch(/already your address/);
    const bad = await rejection(api.requestEmailChange({ currentPassword: PASSWORD, newEmail: 'not-an-address' }));
    expect(bad.code).toBe('BAD_REQUEST');
    expect(await db.select().from(accountTokens).where(eq(accountTokens.userId, u.id))).toEqual(
      expect.not.arrayContaining([expect.objectContaining({ purpose: 'change_email' })]),
    );
    const anonymous = await rejection(
      callerFor(db).account.requestEmailChange({ currentPassword: PASSWORD, newEmail: fresh('y') }),
    );
    expect(anonymous.code).toBe('UNAUTHORIZED');
  });

  it('answers the same for an address another account has, and tells that account instead', async () => {
    const { db } = tdb();
    const u = await signUpUser(db);
    const owner = await signUpUser(db);
    const answer = await callerFor(db, u).account.requestEmailChange({ currentPassword: PASSWORD, newEmail: owner.email });
    expect(answer).toEqual({ sentTo: owner.email });
    const mails = await mailsTo(owner.email);
    const notice = mails.find((m) => m.subject.includes('move an account to your address'));
    expect(notice?.text).not.toMatch(/confirm-email-change/);
    expect(
      await db
        .select()
        .from(accountTokens)
        .where(and(eq(accountTokens.userId, u.id), eq(accountTokens.purpose, 'change_email'))),
    ).toEqual([]);
  });

  it('refuses a link whose address another account took in the meantime, keeping the old address', async () => {
    const { db } = tdb();
    const u = await signUpUser(db);
    const newEmail = fresh('race');
    await callerFor(db, u).account.requestEmailChange({ currentPassword: PASSWORD, newEmail });
    const token = linkIn((await mailsTo(newEmail))[0]?.text ?? '');
    await signUpUser(db, { email: newEmail });
    const taken = await rejection(callerFor(db).account.confirmEmailChange({ token: token ?? '' }));
    expect(taken.code).toBe('CONFLICT');
    expect((await db.select({ email: users.email }).from(users).where(eq(users.id, u.id)))[0]?.email).toBe(u.email);
  });
});
