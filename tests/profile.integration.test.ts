import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skills, users } from '@/server/db/schema';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { callerFor } from './helpers/callers';
import { availableModes, createTestDatabase, type TestDatabase } from './helpers/databases';
import { signUpUser } from './helpers/factories';

const modes = await availableModes();

describe.each(modes)('profile router on %s', (mode) => {
  let tdb: TestDatabase;
  beforeAll(async () => {
    tdb = await createTestDatabase(mode);
  });
  afterAll(async () => {
    await drainWorkflows();
    await tdb.destroy();
  });

  it('starts empty, with default preferences and a zero score', async () => {
    const u = await signUpUser(tdb.db);
    const p = await callerFor(tdb.db, u).profile.get();
    expect(p).toMatchObject({ skills: [], experience: [], education: [], skillScore: { total: 0 } });
    expect(p.preferences).toMatchObject({ salaryCurrency: 'USD', locations: [] });
  });

  it('edits the headline and summary on the profile; the stored score counts the headline, from /me too', async () => {
    const u = await signUpUser(tdb.db, { professionalHeadline: null });
    const api = callerFor(tdb.db, u);
    const stored = async () =>
      (await tdb.db.select({ score: users.skillScore }).from(users).where(eq(users.id, u.id)))[0]?.score;
    const p = await api.profile.updateIntro({
      headline: '  Data analyst moving into ML ',
      summary: 'Eight years of SQL.',
    });
    expect(p).toMatchObject({ headline: 'Data analyst moving into ML', summary: 'Eight years of SQL.' });
    expect(p.skillScore.completeness).toBe(2);
    expect(await stored()).toBe(p.skillScore.total);
    const cleared = await api.profile.updateIntro({ headline: '', summary: null });
    expect(cleared).toMatchObject({ headline: null, summary: null, skillScore: { completeness: 0 } });
    expect(await stored()).toBe(cleared.skillScore.total);
    await expect(api.profile.updateIntro({ headline: 'x'.repeat(256), summary: null })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });

    await api.users.updateProfile({ professionalHeadline: 'Analytics engineer' });
    const after = await api.profile.get();
    expect(after).toMatchObject({ headline: 'Analytics engineer', skillScore: { completeness: 2 } });
    expect(await stored()).toBe(after.skillScore.total);
  });

  it('canonicalizes skill names so spellings of one skill collapse into one', async () => {
    const u = await signUpUser(tdb.db);
    const api = callerFor(tdb.db, u).profile;
    const p = await api.addSkill({
      name: ' reactjs ',
      category: 'technical',
      proficiencyLevel: 4,
      yearsOfExperience: 3,
    });
    expect(p.skills.map((s) => s.name)).toEqual(['React']);
    await expect(
      api.addSkill({ name: 'React.js', category: 'technical', proficiencyLevel: 2, yearsOfExperience: 1 }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: 'You already have React as a technical skill.' });
    const k8s = await api.addSkill({ name: 'k8s', category: 'technical', proficiencyLevel: 3, yearsOfExperience: 2 });
    expect(k8s.skills.map((s) => s.name).sort()).toEqual(['Kubernetes', 'React']);
    // A name outside the taxonomy is refused again in any case, naming the skill as saved ("IFRS",
    // not the "ifrs" just typed: a walk).
    await api.addSkill({ name: 'Zorblax Ledger', category: 'technical', proficiencyLevel: 3, yearsOfExperience: 2 });
    await expect(
      api.addSkill({ name: 'zorblax ledger', category: 'technical', proficiencyLevel: 2, yearsOfExperience: 1 }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: 'You already have Zorblax Ledger as a technical skill.' });
  });

  it('keeps an unknown skill as typed, and rejects out-of-range values with field messages', async () => {
    const u = await signUpUser(tdb.db);
    const api = callerFor(tdb.db, u).profile;
    const p = await api.addSkill({
      name: 'Widget Frobnication',
      category: 'industry',
      proficiencyLevel: 2,
      yearsOfExperience: 0.5,
    });
    expect(p.skills[0]).toMatchObject({ name: 'Widget Frobnication', category: 'industry', yearsOfExperience: 0.5 });
    await expect(
      api.addSkill({ name: 'Go', category: 'technical', proficiencyLevel: 6, yearsOfExperience: 1 }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'Proficiency level: Proficiency is 1 to 5.',
    });
    await expect(
      api.addSkill({ name: 'Go', category: 'technical', proficiencyLevel: 3, yearsOfExperience: 51 }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(
      api.addSkill({
        name: 'Go',
        category: 'technical',
        proficiencyLevel: 3,
        yearsOfExperience: 1,
        lastUsed: '2999-01-01',
      }),
    ).rejects.toMatchObject({ message: 'Last used cannot be in the future.' });
    expect(await tdb.db.select().from(skills).where(eq(skills.userId, u.id))).toHaveLength(1);
  });

  it('validates experience dates and stores achievements', async () => {
    const u = await signUpUser(tdb.db);
    const api = callerFor(tdb.db, u).profile;
    await expect(
      api.addExperience({ title: 'Dev', company: 'Acme', startDate: '2022-01-01', endDate: '2021-01-01' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'End date must be after the start date.' });
    await expect(
      api.addExperience({
        title: 'Dev',
        company: 'Acme',
        startDate: '2022-01-01',
        endDate: '2023-01-01',
        isCurrent: true,
      }),
    ).rejects.toMatchObject({ message: 'End date: A current role has no end date.' });
    const p = await api.addExperience({
      title: 'Data Analyst',
      company: 'Acme',
      startDate: '2020-03-01',
      isCurrent: true,
      achievements: ['Cut report time by 40%', '  ', 'Built the churn dashboard'],
    });
    expect(p.experience[0]).toMatchObject({
      title: 'Data Analyst',
      isCurrent: true,
      endDate: null,
      achievements: ['Cut report time by 40%', 'Built the churn dashboard'],
    });
    expect(p.skillScore.experience).toBeGreaterThan(0);
  });

  it('saves a role that ended in the year it began ("Mar 2018 – 2018") and reads it back as written', async () => {
    const u = await signUpUser(tdb.db);
    const api = callerFor(tdb.db, u).profile;
    const p = await api.addExperience({
      title: 'Intern',
      company: 'Acme',
      startDate: '2018-03-01',
      startPrecision: 'month',
      endDate: '2018-01-01',
      endPrecision: 'year',
    });
    // Stored ordered (the table checks it), the end keeping its precision: the page shows "2018".
    expect(p.experience[0]).toMatchObject({ startDate: '2018-03-01', endDate: '2018-03-01', endPrecision: 'year' });
    await expect(
      api.addExperience({
        company: 'Acme',
        startDate: '2018-03-01',
        startPrecision: 'month',
        endDate: '2017-01-01',
        endPrecision: 'year',
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'End date must be after the start date.' });
  });

  it('recomputes and stores the skill score on every change', async () => {
    const u = await signUpUser(tdb.db);
    const api = callerFor(tdb.db, u).profile;
    const storedScore = async () =>
      (await tdb.db.select({ s: users.skillScore }).from(users).where(eq(users.id, u.id)))[0]?.s;
    const a = await api.addSkill({ name: 'Python', category: 'technical', proficiencyLevel: 5, yearsOfExperience: 10 });
    // 5/5 x 1 x 1 = 1 -> 60/8 = 7.5
    expect(a.skillScore).toMatchObject({ skills: 7.5, total: 7.5 });
    expect(await storedScore()).toBe(7.5);
    const b = await api.addEducation({ institution: 'MIT', degree: 'Master of Science', fieldOfStudy: 'CS' });
    expect(b.skillScore.total).toBe(16.5);
    expect(await storedScore()).toBe(16.5);
    const c = await api.removeEntry({ kind: 'skill', id: a.skills[0]!.id });
    expect(c.skillScore.total).toBe(9);
    expect(await storedScore()).toBe(9);
  });

  it('upserts preferences, deduplicating locations', async () => {
    const u = await signUpUser(tdb.db);
    const api = callerFor(tdb.db, u).profile;
    const p = await api.updatePreferences({
      locations: ['Austin, TX', 'austin, tx', 'Remote'],
      remoteTypes: ['remote', 'hybrid', 'remote'],
      jobTypes: ['full-time'],
      salaryMin: 120000,
      salaryCurrency: 'USD',
      careerGoals: 'Lead a data team',
    });
    expect(p.preferences).toMatchObject({
      locations: ['Austin, TX', 'Remote'],
      remoteTypes: ['remote', 'hybrid'],
      salaryMin: 120000,
      careerGoals: 'Lead a data team',
    });
    const again = await api.updatePreferences({ locations: [], salaryMin: null });
    expect(again.preferences).toMatchObject({ locations: [], salaryMin: null, careerGoals: null });
    await expect(api.updatePreferences({ salaryMin: -5 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    // An hourly rate keeps its cents ("Whole numbers only." had refused $42.50 an hour: a walk), and reads back as saved.
    const hourly = await api.updatePreferences({ salaryMin: 42.5, salaryCurrency: 'USD', salaryPeriod: 'hour' });
    expect(hourly.preferences).toMatchObject({ salaryMin: 42.5, salaryPeriod: 'hour' });
    expect((await api.get()).preferences.salaryMin).toBe(42.5);
    await expect(api.updatePreferences({ salaryMin: 42.555, salaryPeriod: 'hour' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(api.updatePreferences({ salaryCurrency: 'XYZ' as 'USD' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('never lets one user change or remove another user’s entries', async () => {
    const a = await signUpUser(tdb.db);
    const b = await signUpUser(tdb.db);
    const mine = await callerFor(tdb.db, a).profile.addSkill({
      name: 'SQL',
      category: 'technical',
      proficiencyLevel: 3,
      yearsOfExperience: 2,
    });
    const skillId = mine.skills[0]!.id;
    await expect(callerFor(tdb.db, b).profile.updateSkill({ id: skillId, proficiencyLevel: 1 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(callerFor(tdb.db, b).profile.removeEntry({ kind: 'skill', id: skillId })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const after = await callerFor(tdb.db, a).profile.get();
    expect(after.skills[0]).toMatchObject({ id: skillId, proficiencyLevel: 3 });
    expect((await callerFor(tdb.db, b).profile.get()).skills).toEqual([]);
    await expect(callerFor(tdb.db).profile.get()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('updates a skill, refusing a rename onto an existing one', async () => {
    const u = await signUpUser(tdb.db);
    const api = callerFor(tdb.db, u).profile;
    await api.addSkill({ name: 'TypeScript', category: 'technical', proficiencyLevel: 3, yearsOfExperience: 2 });
    const p = await api.addSkill({
      name: 'JavaScript',
      category: 'technical',
      proficiencyLevel: 3,
      yearsOfExperience: 2,
    });
    const js = p.skills.find((s) => s.name === 'JavaScript')!;
    await expect(api.updateSkill({ id: js.id, name: 'ts' })).rejects.toMatchObject({ code: 'CONFLICT' });
    const updated = await api.updateSkill({ id: js.id, proficiencyLevel: 5 });
    expect(updated.skills.find((s) => s.id === js.id)).toMatchObject({ name: 'JavaScript', proficiencyLevel: 5 });
  });
});
