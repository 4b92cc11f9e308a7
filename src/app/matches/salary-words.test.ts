import { describe, expect, it } from 'vitest';
import { minimumWords, ownMinimum } from './salary-words';

describe('minimumWords', () => {
  it('says a minimum in the currency and period the seeker set', () => {
    // The matches page said "$57,500+ a year" to a seeker who had set €50,000 a year (a walk).
    expect(minimumWords(50_000, 'EUR', 'year')).toBe('€50,000+ a year');
    expect(minimumWords(45, 'USD', 'hour')).toBe('$45+ an hour');
    expect(minimumWords(42.5, 'USD', 'hour')).toBe('$42.50+ an hour');
    expect(minimumWords(4_000, 'GBP', 'month')).toBe('£4,000+ a month');
    expect(minimumWords(900_000, 'INR', 'year')).toBe('₹900,000+ a year');
    // Other dollars say whose: beside the US dollars they become, a bare "$" read as a contradiction.
    expect(minimumWords(50_000, 'CAD', 'year')).toBe('CA$50,000+ a year');
    expect(minimumWords(50_000, 'AUD', 'year')).toBe('A$50,000+ a year');
  });

  it('adds the dollars a year jobs are compared with, only when the seeker set something else', () => {
    expect(ownMinimum({ salaryMin: 50_000, salaryCurrency: 'EUR', salaryPeriod: 'year' })).toMatch(
      /^€50,000\+ a year \(about \$[\d,]+ a year\)$/,
    );
    expect(ownMinimum({ salaryMin: 45, salaryCurrency: 'USD', salaryPeriod: 'hour' })).toBe(
      '$45+ an hour (about $93,600 a year)',
    );
    expect(ownMinimum({ salaryMin: 90_000, salaryCurrency: 'USD', salaryPeriod: 'year' })).toBeNull();
    expect(ownMinimum({ salaryMin: null, salaryCurrency: 'EUR', salaryPeriod: 'year' })).toBeNull();
  });
});
