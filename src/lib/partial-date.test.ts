import { describe, expect, it } from 'vitest';
import { displayPartialDate, formatPartialDate, lastDayOf, parsePartialDate } from './partial-date';

describe('parsePartialDate', () => {
  it('keeps the precision the text gives', () => {
    expect(parsePartialDate('2019')).toEqual({ date: '2019-01-01', precision: 'year' });
    expect(parsePartialDate('2019-3')).toEqual({ date: '2019-03-01', precision: 'month' });
    expect(parsePartialDate(' 2019-03-14 ')).toEqual({ date: '2019-03-14', precision: 'day' });
  });

  it('reads blank as unknown and refuses impossible or foreign forms', () => {
    expect(parsePartialDate('  ')).toBeNull();
    expect(parsePartialDate('2019-13')).toBeUndefined();
    expect(parsePartialDate('2019-02-30')).toBeUndefined();
    expect(parsePartialDate('1850')).toBeUndefined();
    expect(parsePartialDate('last spring')).toBeUndefined();
  });

  it('reads the other ways people type a date when they can mean one thing only', () => {
    // "31/12/2023" was refused with "Use a date like 2024-03-01. Start date cannot be in the future."
    expect(parsePartialDate('31/12/2023')).toEqual({ date: '2023-12-31', precision: 'day' });
    expect(parsePartialDate('12/31/2023')).toEqual({ date: '2023-12-31', precision: 'day' });
    expect(parsePartialDate('31.12.2023')).toEqual({ date: '2023-12-31', precision: 'day' });
    expect(parsePartialDate('03/2019')).toEqual({ date: '2019-03-01', precision: 'month' });
    expect(parsePartialDate('3-2019')).toEqual({ date: '2019-03-01', precision: 'month' });
    expect(parsePartialDate('Mar 2019')).toEqual({ date: '2019-03-01', precision: 'month' });
    expect(parsePartialDate('september 2019')).toEqual({ date: '2019-09-01', precision: 'month' });
    expect(parsePartialDate('Sept. 2019')).toEqual({ date: '2019-09-01', precision: 'month' });
    expect(parsePartialDate('14 Mar 2019')).toEqual({ date: '2019-03-14', precision: 'day' });
    expect(parsePartialDate('March 14, 2019')).toEqual({ date: '2019-03-14', precision: 'day' });
  });

  it('refuses a day and month that could be either way round, and impossible days', () => {
    expect(parsePartialDate('01/02/2023')).toBeUndefined();
    expect(parsePartialDate('12/12/2023')).toEqual({ date: '2023-12-12', precision: 'day' });
    expect(parsePartialDate('31/02/2023')).toBeUndefined();
    expect(parsePartialDate('13/2019')).toBeUndefined();
    expect(parsePartialDate('Marchish 2019')).toBeUndefined();
    expect(parsePartialDate('31 Feb 2019')).toBeUndefined();
  });
});

describe('formatPartialDate / displayPartialDate', () => {
  it('write a date no more precisely than it is known', () => {
    expect(formatPartialDate('2017-01-01', 'year')).toBe('2017');
    expect(formatPartialDate('2017-06-01', 'month')).toBe('2017-06');
    expect(formatPartialDate('2017-06-09', 'day')).toBe('2017-06-09');
    expect(formatPartialDate(null, 'day')).toBe('');
    expect(displayPartialDate('2017-01-01', 'year')).toBe('2017');
    expect(displayPartialDate('2017-06-01', 'month')).toBe('Jun 2017');
    expect(displayPartialDate('2017-06-09', 'day')).toBe('9 Jun 2017');
  });

  it("names a period's last day: a year, a month (leap years too), or the day itself", () => {
    expect(lastDayOf({ date: '2023-01-01', precision: 'year' })).toBe('2023-12-31');
    expect(lastDayOf({ date: '2024-02-01', precision: 'month' })).toBe('2024-02-29');
    expect(lastDayOf({ date: '2023-02-01', precision: 'month' })).toBe('2023-02-28');
    expect(lastDayOf({ date: '2023-12-01', precision: 'month' })).toBe('2023-12-31');
    expect(lastDayOf({ date: '2023-06-09', precision: 'day' })).toBe('2023-06-09');
  });
});
