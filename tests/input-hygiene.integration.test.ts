/**
 * A user's mistake is a typed error, never a 500: control characters (a NUL byte makes PostgreSQL
 * refuse the whole statement) and dates out of any sensible range are refused before any service
 * runs, and nothing is written.
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { skills, users } from '@/server/db/schema';
import { callerFor } from './helpers/callers';
import { rejection } from './helpers/rejection';
import { availableModes } from './helpers/databases';
import { useTestDatabase } from './helpers/test-database-hooks';
import { signUpUser } from './helpers/factories';

const modes = await availableModes();


describe.each(modes)('input hygiene on %s', (mode) => {
  const database = useTestDatabase(mode);

  it('refuses a NUL or other control character in any text field with BAD_REQUEST, naming the field', async () => {
    const anonymous = callerFor(database().db);
    const search = await rejection(anonymous.jobs.search({ keywords: 'nurse\u0000' }));
    expect(search.code).toBe('BAD_REQUEST');
    expect(search.message).toMatch(/control character/);

    const signUp = await rejection(
      anonymous.users.signUp({ email: 'nul@example.com', password: 'Str0ng!Passw0rd', firstName: 'A\u0000', lastName: 'B' }),
    );
    expect(signUp.code).toBe('BAD_REQUEST');
    expect(await database().db.select().from(users).where(eq(users.email, 'nul@example.com'))).toHaveLength(0);

    const u = await signUpUser(database().db);
    const addSkill = await rejection(
      callerFor(database().db, u).profile.addSkill({ name: 'Go\u0007', category: 'technical', proficiencyLevel: 3, yearsOfExperience: 1 }),
    );
    expect(addSkill.code).toBe('BAD_REQUEST');
    expect(addSkill.message).toMatch(/^Name holds an invisible control character/);
    expect(await database().db.select().from(skills).where(eq(skills.userId, u.id))).toHaveLength(0);
  });

  it('keeps tabs, line breaks and form feeds, which pasted resumes contain', async () => {
    const u = await signUpUser(database().db);
    const text = 'Ana Lopez\tana@example.com\r\nSkills: Python, SQL\fExperience\ncompany - Acme Corp\ndescription - Built reports';
    const draft = await callerFor(database().db, u).profile.readResume({ text });
    expect(draft.contact.email?.value).toBe('ana@example.com');
  });

  it('refuses dates outside 1900-2100 instead of failing on them', async () => {
    const u = await signUpUser(database().db);
    const list = await rejection(callerFor(database().db, u).applications.list({ appliedTo: '9999-12-31' }));
    expect(list.code).toBe('BAD_REQUEST');
    const role = await rejection(
      callerFor(database().db, u).profile.addExperience({ title: 'Analyst', company: 'Acme', startDate: '1066-10-14' }),
    );
    expect(role.code).toBe('BAD_REQUEST');
  });
});
