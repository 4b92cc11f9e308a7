import { describe, expect, it } from 'vitest';
import { addExperienceInput } from './profile';

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
