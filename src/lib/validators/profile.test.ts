import { describe, expect, it } from 'vitest';
import { addExperienceInput, preferencesInput, updateSkillInput } from './profile';

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
    expect(addExperienceInput.parse({ company: 'Acme', startDate: '2019-03-14', startPrecision: 'unknown' })).toMatchObject({
      startPrecision: 'day',
    });
    expect(addExperienceInput.parse({ company: 'Acme', startDate: '2019-01-01', startPrecision: 'year' }).startPrecision).toBe('year');
  });

  it('needs a title, a company or some description', () => {
    expect(addExperienceInput.safeParse({ startDate: '2019-01-01' }).success).toBe(false);
    expect(addExperienceInput.safeParse({ description: 'Ran the night shift.' }).success).toBe(true);
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

  it('keeps large figures that are ordinary in their currency and period', () => {
    expect(preferencesInput.safeParse({ salaryMin: 100_000_000, salaryCurrency: 'JPY' }).success).toBe(true);
    expect(preferencesInput.safeParse({ salaryMin: 400, salaryPeriod: 'hour' }).success).toBe(true);
    expect(preferencesInput.parse({ salaryMin: null }).salaryMin).toBeNull();
  });
});
