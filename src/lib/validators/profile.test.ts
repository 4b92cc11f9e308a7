import { describe, expect, it } from 'vitest';
import {
  addCertificationInput,
  addEducationInput,
  addExperienceInput,
  addProjectInput,
  addSkillInput,
  preferencesInput,
  updateSkillInput,
} from './profile';

describe('addExperienceInput', () => {
  it('reads an empty length field as not given, never 0 months', () => {
    const role = addExperienceInput.parse({ title: 'Analyst', durationMonths: '' });
    expect(role.durationMonths).toBeNull();
    expect(addExperienceInput.parse({ title: 'Analyst', durationMonths: ' 24 ' }).durationMonths).toBe(24);
    expect(addExperienceInput.safeParse({ title: 'Analyst', durationMonths: '-3' }).success).toBe(false);
  });

  it('gives an absent date no precision and a given date one', () => {
    expect(addExperienceInput.parse({ company: 'Acme', startPrecision: 'year' })).toMatchObject({
      startDate: null,
      startPrecision: 'unknown',
      endPrecision: 'unknown',
    });
    expect(
      addExperienceInput.parse({ company: 'Acme', startDate: '2019-03-14', startPrecision: 'unknown' }),
    ).toMatchObject({
      startPrecision: 'day',
    });
    expect(
      addExperienceInput.parse({ company: 'Acme', startDate: '2019-01-01', startPrecision: 'year' }).startPrecision,
    ).toBe('year');
  });

  it('says once, and only, what is wrong with a date that is not one', () => {
    // The form showed "Use a date like 2024-03-01. Start date cannot be in the future." for "31/12/2023":
    // the future check compared the raw text with today's date.
    const result = addExperienceInput.safeParse({ company: 'Acme', startDate: 'last spring' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['startDate', 'Write a date such as 2024, Mar 2024 or 2024-03-01.'],
    ]);
  });

  it('says a year outside a working life is out of range, whatever the form could read of it', () => {
    // "1903" said "Use a date from 1940 on." while "1899" said "Write a date such as 2024…" (a walk).
    const messages = (startDate: string) =>
      addExperienceInput.safeParse({ company: 'Acme', startDate }).error?.issues.map((i) => i.message);
    expect(messages('1899')).toEqual(['Use a date from 1940 on.']);
    expect(messages('Mar 1850')).toEqual(['Use a date from 1940 on.']);
    // A start cannot lie ahead at all: "at most 10 years from today" would suggest 2030 passes (a review).
    expect(messages('2999')).toEqual(['Start date cannot be in the future.']);
    expect(
      addExperienceInput.safeParse({ company: 'Acme', endDate: '2999' }).error?.issues.map((i) => i.message),
    ).toEqual(['Use a date at most 10 years from today.']);
    expect(messages('last spring')).toEqual(['Write a date such as 2024, Mar 2024 or 2024-03-01.']);
  });

  it("takes a skill's years to one decimal, as they are stored", () => {
    // 2.25 was accepted and then shown as "2.3 yr" (the column keeps one decimal: a walk).
    const years = (yearsOfExperience: number) =>
      addSkillInput.safeParse({ name: 'SQL', category: 'technical', proficiencyLevel: 3, yearsOfExperience });
    expect(years(2.25).error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['yearsOfExperience', 'Use at most one decimal, such as 2.5 years.'],
    ]);
    expect(years(2.5).success).toBe(true);
    expect(years(0.7).success).toBe(true);
    expect(years(12).success).toBe(true);
  });

  it('names both readings of a date that could be either way round', () => {
    const result = addExperienceInput.safeParse({ company: 'Acme', startDate: '01/02/2020', endDate: '03/04/2021' });
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      '01/02/2020 could be 1 February or 2 January: write it year first, 2020-02-01 or 2020-01-02.',
      '03/04/2021 could be 3 April or 4 March: write it year first, 2021-04-03 or 2021-03-04.',
    ]);
  });

  it('does not call an end "before the start" when the start is no date', () => {
    // The form showed "End date must be after the start date." beside "Write the date year first" for a start of "last spring".
    const result = addExperienceInput.safeParse({ company: 'Acme', startDate: 'last spring', endDate: '2023-12-31' });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['startDate']);
    const project = addProjectInput.safeParse({ name: 'Site', startDate: '2020-01-01', endDate: 'soon' });
    expect(project.error?.issues.map((i) => i.path.join('.'))).toEqual(['endDate']);
    const school = addEducationInput.safeParse({ institution: 'TU', startDate: 'autumn', endDate: '2016-06-30' });
    expect(school.error?.issues.map((i) => i.path.join('.'))).toEqual(['startDate']);
  });

  it('keeps a thorough role: a long career under one employer runs past a hundred bullets', () => {
    // A real resume of the shared set lists 140 numbered duties and projects under one employer;
    // refusing them made the import form drop the whole role.
    const achievements = Array.from(
      { length: 140 },
      (_, i) => `Duty ${i + 1}: coordinated the work pack with the client.`,
    );
    expect(addExperienceInput.parse({ company: 'Honeywell', achievements }).achievements).toHaveLength(140);
    expect(addExperienceInput.safeParse({ company: 'Honeywell', achievements: Array(301).fill('x') }).success).toBe(
      false,
    );
  });

  it('takes an end written as a year or month that holds the start, and refuses one wholly before it', () => {
    // "Mar 2018 – 2018": the role ended within 2018. Stored dates are a period's first day and
    // must be ordered, so the end keeps its precision and takes the start's day.
    expect(
      addExperienceInput.parse({
        company: 'Acme',
        startDate: '2018-03-01',
        startPrecision: 'month',
        endDate: '2018-01-01',
        endPrecision: 'year',
      }),
    ).toMatchObject({ startDate: '2018-03-01', endDate: '2018-03-01', endPrecision: 'year' });
    expect(
      addExperienceInput.parse({
        company: 'Acme',
        startDate: '2018-03-14',
        startPrecision: 'day',
        endDate: '2018-03-01',
        endPrecision: 'month',
      }),
    ).toMatchObject({ endDate: '2018-03-14', endPrecision: 'month' });
    const inverted = addExperienceInput.safeParse({
      company: 'Acme',
      startDate: '2017-12-01',
      startPrecision: 'month',
      endDate: '2017-01-01',
      endPrecision: 'month',
    });
    expect(inverted.error?.issues.map((i) => i.path.join('.'))).toEqual(['endDate']);
    expect(
      addExperienceInput.safeParse({ company: 'Acme', startDate: '2018-03-02', endDate: '2018-03-01' }).success,
    ).toBe(false);
  });

  it('needs a title, a company or some description', () => {
    expect(addExperienceInput.safeParse({ startDate: '2019-01-01' }).success).toBe(false);
    expect(addExperienceInput.safeParse({ description: 'Ran the night shift.' }).success).toBe(true);
  });
});

describe('career dates', () => {
  const messages = (r: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
    r.error?.issues.map((i) => [i.path.join('.'), i.message]);
  const inYears = (n: number) => `${new Date().getUTCFullYear() + n}-06-30`;

  it('refuses a year before 1940: a role "since 1900" was saved, and matching then said 126 years of experience', () => {
    expect(
      messages(addExperienceInput.safeParse({ company: 'Acme', startDate: '1900-05-01', isCurrent: true })),
    ).toEqual([['startDate', 'Use a date from 1940 on.']]);
    expect(addExperienceInput.safeParse({ company: 'Acme', startDate: '1940-01-01', isCurrent: true }).success).toBe(
      true,
    );
    expect(messages(addEducationInput.safeParse({ institution: 'TU', startDate: '1901-09-01' }))).toEqual([
      ['startDate', 'Use a date from 1940 on.'],
    ]);
    expect(messages(addProjectInput.safeParse({ name: 'Site', startDate: '1939-12-31' }))).toEqual([
      ['startDate', 'Use a date from 1940 on.'],
    ]);
    expect(messages(addCertificationInput.safeParse({ name: 'PMP', issuedOn: '1920-01-01' }))).toEqual([
      ['issuedOn', 'Use a date from 1940 on.'],
    ]);
    expect(
      messages(updateSkillInput.safeParse({ id: '5ca90b75-767f-46d1-937d-5f4ad96304fe', lastUsed: '1900-01-01' })),
    ).toEqual([['lastUsed', 'Use a date from 1940 on.']]);
  });

  it("takes an end date up to ten years ahead (an expected graduation, a contract's end), and refuses 2099", () => {
    expect(
      addEducationInput.safeParse({ institution: 'TU', startDate: '2024-09-01', endDate: inYears(4) }).success,
    ).toBe(true);
    expect(
      addExperienceInput.safeParse({ company: 'Acme', startDate: '2024-09-01', endDate: inYears(2) }).success,
    ).toBe(true);
    expect(
      messages(addExperienceInput.safeParse({ company: 'Acme', startDate: '2024-09-01', endDate: '2099-01-01' })),
    ).toEqual([['endDate', 'Use a date at most 10 years from today.']]);
    expect(messages(addEducationInput.safeParse({ institution: 'TU', endDate: inYears(11) }))).toEqual([
      ['endDate', 'Use a date at most 10 years from today.'],
    ]);
    expect(messages(addProjectInput.safeParse({ name: 'Site', endDate: '1930-01-01' }))).toEqual([
      ['endDate', 'Use a date from 1940 on.'],
    ]);
  });
});

describe('updateSkillInput', () => {
  const id = '5ca90b75-767f-46d1-937d-5f4ad96304fe';
  it('refuses an id with nothing to change (found by npm run fuzz: it reached the database as an empty UPDATE)', () => {
    expect(updateSkillInput.safeParse({ id }).success).toBe(false);
    expect(updateSkillInput.safeParse({ id, name: undefined, lastUsed: undefined }).success).toBe(false);
  });

  it('takes any one change, including clearing the last-used date', () => {
    expect(updateSkillInput.parse({ id, proficiencyLevel: 4 })).toEqual({ id, proficiencyLevel: 4 });
    expect(updateSkillInput.parse({ id, lastUsed: '' }).lastUsed).toBeNull();
  });
});

describe('preferencesInput', () => {
  it('refuses an expected salary above 10,000,000 USD a year (found by npm run fuzz: 100,000,000 an hour broke every rescore)', () => {
    expect(preferencesInput.safeParse({ salaryMin: 1_825_000, salaryPeriod: 'hour' }).success).toBe(false);
    expect(preferencesInput.safeParse({ salaryMin: 100_000_000, salaryPeriod: 'month' }).success).toBe(false);
  });

  it('says once, in words, why a huge amount is refused', () => {
    // The form showed "Too big: expected number to be <=100000000 That is more than 10,000,000 USD a year: …".
    const huge = preferencesInput.safeParse({ salaryMin: 99_999_999_999 });
    expect(huge.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['salaryMin', 'That is more than 10,000,000 USD a year: check the amount and the pay period.'],
    ]);
  });

  it('keeps large figures that are ordinary in their currency and period', () => {
    expect(preferencesInput.safeParse({ salaryMin: 100_000_000, salaryCurrency: 'JPY' }).success).toBe(true);
    expect(preferencesInput.safeParse({ salaryMin: 400, salaryPeriod: 'hour' }).success).toBe(true);
    expect(preferencesInput.parse({ salaryMin: null }).salaryMin).toBeNull();
  });
});
