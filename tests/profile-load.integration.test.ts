/**
 * The profile read in one statement (load-profile.ts, each list a JSON column): every list in its
 * documented order with ties and missing dates, and every value of the type the per-table reads
 * gave (numbers, dates as `YYYY-MM-DD`, arrays, enums), on both databases, through profile.get.
 */
import { describe, expect, it } from 'vitest';
import { certifications, education, experience, preferences, projects, skills, users } from '@/server/db/schema';
import { eq } from 'drizzle-orm';
import { callerFor } from './helpers/callers';
import { availableModes } from './helpers/databases';
import { signUpUser } from './helpers/factories';
import { useTestDatabase } from './helpers/test-database-hooks';

const modes = await availableModes();
const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute));

describe.each(modes)('the profile in one read (%s)', (mode) => {
  const database = useTestDatabase(mode);

  it('keeps every list’s order and every value’s type', async () => {
    const db = database().db;
    const user = await signUpUser(db);
    await db
      .update(users)
      .set({ professionalHeadline: 'Data engineer', links: ['https://example.org/me'], phone: '+1 555 0100' })
      .where(eq(users.id, user.id));
    await db.insert(skills).values([
      { userId: user.id, name: 'SQL', category: 'technical', proficiencyLevel: 4, yearsOfExperience: 2.5 },
      {
        userId: user.id,
        name: 'Airflow',
        category: 'technical',
        proficiencyLevel: 4,
        yearsOfExperience: 2.5,
        lastUsed: '2025-06-01',
      },
      { userId: user.id, name: 'Python', category: 'technical', proficiencyLevel: 4, yearsOfExperience: 6 },
      {
        userId: user.id,
        name: 'Leadership',
        category: 'soft',
        proficiencyLevel: 5,
        yearsOfExperience: 0,
        endorsements: 3,
      },
    ]);
    await db.insert(experience).values([
      { userId: user.id, title: 'Undated A', createdAt: at(1) },
      {
        userId: user.id,
        title: 'Old',
        startDate: '2015-01-01',
        startPrecision: 'year',
        endDate: '2017-12-31',
        createdAt: at(2),
      },
      { userId: user.id, title: 'Undated B', durationMonths: 24, achievements: ['Cut costs 30%'], createdAt: at(3) },
      { userId: user.id, title: 'Now', startDate: '2021-03-01', isCurrent: true, createdAt: at(4) },
      {
        userId: user.id,
        title: 'Middle',
        company: 'Acme',
        startDate: '2018-02-01',
        endDate: '2021-02-28',
        createdAt: at(5),
      },
    ]);
    await db.insert(education).values([
      { userId: user.id, institution: 'Done', degree: 'BSc', startDate: '2010-09-01', endDate: '2013-06-30' },
      { userId: user.id, institution: 'Ongoing', degree: 'MSc', startDate: '2024-09-01' },
      {
        userId: user.id,
        institution: 'Later',
        degree: 'Certificate',
        startDate: '2014-01-01',
        endDate: '2014-06-30',
        grade: 'A',
      },
    ]);
    await db.insert(certifications).values([
      { userId: user.id, name: 'Undated cert', createdAt: at(1) },
      { userId: user.id, name: 'Older cert', issuedOn: '2019-01-01', issuedOnPrecision: 'year', createdAt: at(2) },
      { userId: user.id, name: 'Newer cert', issuedOn: '2022-05-01', createdAt: at(3) },
    ]);
    await db.insert(projects).values([
      { userId: user.id, name: 'Second', createdAt: at(2), highlights: ['one', 'two'] },
      { userId: user.id, name: 'First', url: 'https://example.org/p', startDate: '2020-01-01', createdAt: at(1) },
    ]);
    await db.insert(preferences).values({
      userId: user.id,
      locations: ['Berlin'],
      remoteTypes: ['remote', 'hybrid'],
      jobTypes: ['full-time'],
      salaryMin: 90_000,
      salaryCurrency: 'EUR',
      mustHaves: ['salary'],
      willingToRelocate: true,
    });

    const profile = await callerFor(db, user).profile.get();

    expect(profile.headline).toBe('Data engineer');
    expect(profile.contact).toEqual({ phone: '+1 555 0100', location: null, links: ['https://example.org/me'] });
    expect(profile.skills.map((s) => [s.name, s.proficiencyLevel, s.yearsOfExperience])).toEqual([
      ['Leadership', 5, 0],
      ['Python', 4, 6],
      ['Airflow', 4, 2.5],
      ['SQL', 4, 2.5],
    ]);
    expect(profile.skills[2]).toMatchObject({ lastUsed: '2025-06-01', endorsements: 0, category: 'technical' });
    expect(profile.skills[0]).toMatchObject({ lastUsed: null, endorsements: 3 });
    expect(profile.experience.map((e) => e.title)).toEqual(['Now', 'Middle', 'Old', 'Undated A', 'Undated B']);
    expect(profile.experience[2]).toMatchObject({
      startDate: '2015-01-01',
      startPrecision: 'year',
      endDate: '2017-12-31',
      endPrecision: 'month',
      isCurrent: false,
      durationMonths: null,
      achievements: [],
    });
    expect(profile.experience[4]).toMatchObject({
      durationMonths: 24,
      achievements: ['Cut costs 30%'],
      startDate: null,
    });
    // Newest end first; one still under way (no end) first of all, as DESC puts nulls first.
    expect(profile.education.map((e) => e.institution)).toEqual(['Ongoing', 'Later', 'Done']);
    expect(profile.education[1]).toMatchObject({ grade: 'A', endDate: '2014-06-30' });
    expect(profile.certifications.map((c) => [c.name, c.issuedOn, c.issuedOnPrecision])).toEqual([
      ['Newer cert', '2022-05-01', 'month'],
      ['Older cert', '2019-01-01', 'year'],
      ['Undated cert', null, 'month'],
    ]);
    expect(profile.projects.map((p) => [p.name, p.url, p.startDate, p.highlights])).toEqual([
      ['First', 'https://example.org/p', '2020-01-01', []],
      ['Second', null, null, ['one', 'two']],
    ]);
    expect(profile.preferences).toEqual({
      locations: ['Berlin'],
      remoteTypes: ['remote', 'hybrid'],
      jobTypes: ['full-time'],
      salaryMin: 90_000,
      salaryCurrency: 'EUR',
      salaryPeriod: 'year',
      careerGoals: null,
      alertFrequency: 'weekly',
      targetOccupations: [],
      mustHaves: ['salary'],
      willingToRelocate: true,
    });
    expect(profile.skillScore.total).toBeGreaterThan(0);
  });

  it('reads a profile with nothing in it as empty lists and default preferences', async () => {
    const db = database().db;
    const user = await signUpUser(db);
    const profile = await callerFor(db, user).profile.get();
    expect(profile).toMatchObject({
      headline: null,
      skills: [],
      experience: [],
      education: [],
      projects: [],
      certifications: [],
      contact: { phone: null, location: null, links: [] },
    });
    expect(profile.preferences).toMatchObject({
      salaryMin: null,
      salaryCurrency: 'USD',
      remoteTypes: [],
      mustHaves: [],
    });
  });
});
