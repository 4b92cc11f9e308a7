import { describe, expect, it } from 'vitest';
import { findDate, findDateRange, parseDate } from './dates';

const range = (line: string) => {
  const r = findDateRange(line);
  return r && [r.start, r.end, r.isCurrent];
};

describe('parseDate', () => {
  it('reads months, numeric and year-only dates as YYYY-MM-01', () => {
    expect(parseDate('Jan 2019')).toBe('2019-01-01');
    expect(parseDate('September 2017')).toBe('2017-09-01');
    expect(parseDate("Jan'19")).toBe('2019-01-01');
    expect(parseDate('03/2018')).toBe('2018-03-01');
    expect(parseDate('2019-11')).toBe('2019-11-01');
    expect(parseDate('25/03/2018')).toBe('2018-03-01');
    expect(parseDate('06th June 2017')).toBe('2017-06-01');
    expect(parseDate('2017')).toBe('2017-01-01');
    expect(parseDate('13/2018')).toBeNull();
    expect(parseDate('soon')).toBeNull();
  });
});

describe('findDateRange', () => {
  it('finds ranges in the usual resume styles', () => {
    expect(range('Jan 2019 - Present')).toEqual(['2019-01-01', null, true]);
    expect(range('2017 – 2019')).toEqual(['2017-01-01', '2019-01-01', false]);
    expect(range('03/2018 to 06/2020')).toEqual(['2018-03-01', '2020-06-01', false]);
    expect(range('May 2015 – Current')).toEqual(['2015-05-01', null, true]);
    expect(range('Duration Oct 2017- Till Date')).toEqual(['2017-10-01', null, true]);
    expect(range('March 2016 to Still on going')).toEqual(['2016-03-01', null, true]);
    expect(range('Period: 06th June 2017 to 20th Aug 2018.')).toEqual(['2017-06-01', '2018-08-01', false]);
    expect(range('since 6th July 2011 to till date')).toEqual(['2011-07-01', null, true]);
    expect(range('Since 2015')).toEqual(['2015-01-01', null, true]);
  });

  it('reports where the range is, to cut it from a header line', () => {
    const line = 'Software Engineer, Acme (2015-2018)';
    const r = findDateRange(line);
    expect(r && line.slice(r.index, r.index + r.length)).toBe('2015-2018');
    expect(findDateRange('No dates here, Marathi speaker')).toBeNull();
  });

  it('finds single dates', () => {
    expect(findDate('January 2017 MBA')).toMatchObject({ date: '2017-01-01', index: 0 });
    expect(findDate('B.E., 2016')).toMatchObject({ date: '2016-01-01', index: 6 });
    expect(findDate('Marathi and Marketing')).toBeNull();
  });
});
