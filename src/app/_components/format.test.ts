import { describe, expect, it } from 'vitest';
import { countOf, formatDate, formatPlace, formatSalary } from './format';

describe('formatPlace', () => {
  it('names the place and the work arrangement', () => {
    expect(formatPlace('Denver, CO', 'hybrid')).toBe('Denver, CO · Hybrid');
    expect(formatPlace('Austin, TX', 'onsite')).toBe('Austin, TX · On-site');
    // A remote job with a home base still says where that is.
    expect(formatPlace('Boston, MA', 'remote')).toBe('Boston, MA · Remote');
  });

  it('does not repeat "Remote" for a remote job located "Remote"', () => {
    expect(formatPlace('Remote', 'remote')).toBe('Remote');
    expect(formatPlace('Remote, US', 'remote')).toBe('Remote, US');
    expect(formatPlace('  ', 'remote')).toBe('Remote');
  });

  it('keeps a "Remote" location on a job that is not remote as posted', () => {
    expect(formatPlace('Remote', 'hybrid')).toBe('Remote · Hybrid');
  });
});

describe('countOf', () => {
  it('agrees the noun with the count', () => {
    expect(countOf(1, 'answered application')).toBe('1 answered application');
    expect(countOf(0, 'answered application')).toBe('0 answered applications');
    expect(countOf(2, 'smaller group')).toBe('2 smaller groups');
    expect(countOf(1200, 'application')).toBe('1,200 applications');
  });
});

describe('formatSalary', () => {
  const salary = (min: number | null, max: number | null, currency: string | null, period: 'hour' | 'year' | null) => ({
    min,
    max,
    currency,
    period,
    annualUsd: null,
  });

  it('writes each salary in its own currency, whichever came before', () => {
    expect(formatSalary(salary(120000, 150000, 'USD', 'year'))).toBe('$120,000 – $150,000/yr');
    expect(formatSalary(salary(45000, 45000, 'EUR', 'year'))).toBe('€45,000/yr');
    expect(formatSalary(salary(null, 30, 'GBP', 'hour'))).toBe('£30/hr');
    expect(formatSalary(salary(90000, null, null, null))).toBe('$90,000');
    expect(formatSalary(salary(120000, 150000, 'USD', 'year'))).toBe('$120,000 – $150,000/yr');
  });

  it('says so when no figure is known', () => {
    expect(formatSalary(salary(null, null, 'USD', 'year'))).toBe('Salary not disclosed');
  });
});

describe('formatDate', () => {
  it('writes the medium English date', () => {
    expect(formatDate(new Date('2026-03-04T12:00:00Z'))).toBe('Mar 4, 2026');
    expect(formatDate(new Date('2025-12-31T12:00:00Z'))).toBe('Dec 31, 2025');
  });
});
