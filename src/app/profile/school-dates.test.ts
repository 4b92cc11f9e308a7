import { describe, expect, it } from 'vitest';
import { schoolDateText, schoolPeriod } from './school-dates';
import { typedPeriodDate } from './typed-date';

describe('school dates', () => {
  it('reads a typed year or month as its first day for a start and its last for an end', () => {
    expect(typedPeriodDate('2014', 'start')).toBe('2014-01-01');
    expect(typedPeriodDate(' 2016 ', 'end')).toBe('2016-12-31');
    expect(typedPeriodDate('2016-06', 'end')).toBe('2016-06-30');
    expect(typedPeriodDate('2016-06-15', 'end')).toBe('2016-06-15');
    expect(typedPeriodDate('', 'end')).toBeNull();
    // Not a date: passed on for the schema to name.
    expect(typedPeriodDate('June', 'start')).toBe('June');
  });

  it('shows a stored date as the year where the day adds nothing, and a period as resumes print it', () => {
    expect(schoolDateText('2016-01-01')).toBe('2016');
    expect(schoolDateText('2016-12-31')).toBe('2016');
    expect(schoolDateText('2016-06-30')).toBe('2016-06-30');
    expect(schoolDateText(null)).toBe('');
    expect(schoolPeriod('2014-01-01', '2016-12-31')).toBe('2014–2016');
    expect(schoolPeriod(null, '2016-01-01')).toBe('2016');
    expect(schoolPeriod('2014-09-01', null)).toBe('From 2014');
    expect(schoolPeriod('2016-01-01', '2016-12-31')).toBe('2016');
    expect(schoolPeriod(null, null)).toBe('');
  });
});
