import { describe, expect, it } from 'vitest';
import { findDate, findDateRange, parseDate, parseDuration, parseResumeDate } from './dates';

const range = (line: string) => {
  const r = findDateRange(line);
  return r && [r.start, r.end, r.isCurrent];
};

describe('parseDate', () => {
  it('reads months, numeric and year-only dates as YYYY-MM-DD, day 01 / month 01 where not written', () => {
    expect(parseDate('Jan 2019')).toBe('2019-01-01');
    expect(parseDate('September 2017')).toBe('2017-09-01');
    expect(parseDate("Jan'19")).toBe('2019-01-01');
    expect(parseDate('03/2018')).toBe('2018-03-01');
    expect(parseDate('2019-11')).toBe('2019-11-01');
    expect(parseDate('25/03/2018')).toBe('2018-03-25');
    expect(parseDate('06th June 2017')).toBe('2017-06-06');
    expect(parseDate('2017')).toBe('2017-01-01');
    expect(parseDate('13/2018')).toBeNull();
    expect(parseDate('soon')).toBeNull();
    expect(parseDate('31/02/2019')).toBeNull();
  });

  it('reads no date before 1940 or more than ten years ahead: the profile would refuse it', () => {
    // A role "since 1900" had been saved, and matching said 126 years of experience.
    expect(parseResumeDate('1905')).toBeNull();
    expect(parseResumeDate('Mar 1939')).toBeNull();
    expect(parseResumeDate('2099')).toBeNull();
    expect(parseResumeDate('Jan 1940')).toEqual({ date: '1940-01-01', precision: 'month' });
    expect(range('Jan 1900 - Present')).toBeNull();
  });

  it('says how much of the date was written', () => {
    expect(parseResumeDate('Jan 2019')).toEqual({ date: '2019-01-01', precision: 'month' });
    expect(parseResumeDate('2017')).toEqual({ date: '2017-01-01', precision: 'year' });
    expect(parseResumeDate('12/05/2018')).toEqual({ date: '2018-12-05', precision: 'day' });
    expect(parseResumeDate('2019-03-14')).toEqual({ date: '2019-03-14', precision: 'day' });
    expect(parseResumeDate('Aug 29th, 2005')).toEqual({ date: '2005-08-29', precision: 'day' });
    expect(parseResumeDate('16-Aug-2012')).toEqual({ date: '2012-08-16', precision: 'day' });
    expect(parseResumeDate('03/2018')).toEqual({ date: '2018-03-01', precision: 'month' });
  });
});

describe('parseDuration', () => {
  it('reads a length of time as whole months', () => {
    expect(parseDuration('24 months')).toBe(24);
    expect(parseDuration('2 years')).toBe(24);
    expect(parseDuration('1.5 yrs')).toBe(18);
    expect(parseDuration('Duration: 1 Year')).toBe(12);
    expect(parseDuration('3+ years')).toBe(36);
    expect(parseDuration('1 year 6 months')).toBe(18);
    expect(parseDuration('two years')).toBe(24);
    expect(parseDuration('Less than 1 year')).toBe(11);
    expect(parseDuration('Team size: 5')).toBeNull();
  });
});

describe('findDateRange', () => {
  it('reads terms and seasons as their years, and no lone year in brackets as a range', () => {
    expect(range('Fall 2016 – Spring 2020')).toEqual(['2016-01-01', '2020-01-01', false]);
    expect(range('Intern (Summer 2018 - Fall 2018)')).toEqual(['2018-01-01', '2018-01-01', false]);
    expect(range('Autumn 2019 – Present')).toEqual(['2019-01-01', null, true]);
    // An award's or a degree's year is not a period of work.
    expect(findDateRange('Received the Spot Award (2019)')).toBeNull();
    expect(findDateRange('Bachelor of Science in Biology, University of Texas (2016)')).toBeNull();
  });

  it('keeps the start of a range that ends before it begins, and leaves the end unknown', () => {
    // A typo in the resume ("Dec 2017 - Jan 2017"): the end cannot be trusted, the start can; a
    // draft with an inverted range was refused by the commit and the whole role was lost.
    expect(range('under Reliance Jio (Mumbai) Dec 2017 - Jan 2017')).toEqual(['2017-12-01', null, false]);
    expect(findDateRange('Dec 2017 - Jan 2017')?.endPrecision).toBe('unknown');
    expect(range('2019 - 2018')).toEqual(['2019-01-01', null, false]);
    // A year is a whole year: "Mar 2018 - 2018" ended within 2018. Stored dates are a period's first
    // day and must be ordered, so the end takes the start's day and keeps its own precision.
    expect(range('Mar 2018 - 2018')).toEqual(['2018-03-01', '2018-03-01', false]);
    expect(findDateRange('Mar 2018 - 2018')?.endPrecision).toBe('year');
  });

  it('finds ranges in the usual resume styles', () => {
    expect(range('Jan 2019 - Present')).toEqual(['2019-01-01', null, true]);
    expect(range('2017 – 2019')).toEqual(['2017-01-01', '2019-01-01', false]);
    expect(range('03/2018 to 06/2020')).toEqual(['2018-03-01', '2020-06-01', false]);
    expect(range('May 2015 – Current')).toEqual(['2015-05-01', null, true]);
    expect(range('Duration Oct 2017- Till Date')).toEqual(['2017-10-01', null, true]);
    expect(range('March 2016 to Still on going')).toEqual(['2016-03-01', null, true]);
    expect(range('Period: 06th June 2017 to 20th Aug 2018.')).toEqual(['2017-06-06', '2018-08-20', false]);
    expect(range('since 6th July 2011 to till date')).toEqual(['2011-07-06', null, true]);
    expect(range('Since 2015')).toEqual(['2015-01-01', null, true]);
  });

  it('reads the forms a demanding user writes', () => {
    expect(range('Jan 2018 - Present')).toEqual(['2018-01-01', null, true]);
    expect(range('2016 to 2019')).toEqual(['2016-01-01', '2019-01-01', false]);
    expect(range('03/2015 – 06/2017')).toEqual(['2015-03-01', '2017-06-01', false]);
    expect(range('Since 2019')).toEqual(['2019-01-01', null, true]);
    // "to till <date>": the end is the date, not "till date".
    expect(range('(16th Jan 2017 to till 30th Aug 2018)')).toEqual(['2017-01-16', '2018-08-30', false]);
    // "to Still" (still working there).
    expect(range('FEB 2018 to Still: Acme Garments Tirupur.')).toEqual(['2018-02-01', null, true]);
  });

  it('reads two dates side by side, in a table or a date column, as a range', () => {
    expect(range('Asst.Professor      20/07/2015    31/05/2016        10 Months')).toEqual([
      '2015-07-20',
      '2016-05-31',
      false,
    ]);
    expect(range('Jan 2015 Nov 2016')).toEqual(['2015-01-01', '2016-11-01', false]);
    // Not a range: the second date is earlier, or the two are years in a list.
    expect(range('Nov 2016 Jan 2015')).toBeNull();
    expect(range('SQL Server 2008 2012')).toBeNull();
  });

  it('gives each end its precision', () => {
    expect(findDateRange('2017 – Mar 2019')).toMatchObject({ startPrecision: 'year', endPrecision: 'month' });
    expect(findDateRange('12/05/2018 - Present')).toMatchObject({
      start: '2018-12-05',
      startPrecision: 'day',
      end: null,
      endPrecision: 'unknown',
      isCurrent: true,
    });
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
