import { describe, expect, it } from 'vitest';
import { JOB_TYPES } from '@/lib/validators/enums';
import type { SeedCurrency } from './locations';
import { createRng } from './random';
import { annualUsd, generateSalary, PERIODS_PER_YEAR, USD_PER_UNIT } from './salary';

describe('annualUsd', () => {
  it('annualizes the midpoint per period', () => {
    expect(annualUsd(20, 30, 'hour', 'USD')).toBe(52_000); // 25 x 2080
    expect(annualUsd(400, 600, 'day', 'USD')).toBe(130_000); // 500 x 260
    expect(annualUsd(1000, 1000, 'week', 'USD')).toBe(52_000);
    expect(annualUsd(5000, 7000, 'month', 'USD')).toBe(72_000);
    expect(annualUsd(90_000, 110_000, 'year', 'USD')).toBe(100_000);
  });

  it('converts to USD with the fixed rates', () => {
    expect(annualUsd(100_000, 100_000, 'year', 'GBP')).toBe(Math.round(100_000 * USD_PER_UNIT.GBP));
    expect(annualUsd(50, 70, 'hour', 'EUR')).toBe(Math.round(60 * 2080 * USD_PER_UNIT.EUR));
    expect(annualUsd(80_000, 80_000, 'year', 'CAD')).toBe(58_400); // 0.73 USD per CAD
  });

  it('uses 2080 hours, 260 days, 52 weeks, 12 months', () => {
    expect(PERIODS_PER_YEAR).toEqual({ hour: 2080, day: 260, week: 52, month: 12, year: 1 });
  });
});

describe('generateSalary', () => {
  it('always yields a consistent range, or no salary at all', () => {
    const rng = createRng(11);
    const currencies: SeedCurrency[] = ['USD', 'CAD', 'GBP', 'EUR'];
    let unknown = 0;
    const n = 5000;
    for (let i = 0; i < n; i++) {
      const s = generateSalary(rng, {
        jobZone: rng.int(1, 5),
        levelFactor: rng.pick([0.5, 0.8, 1, 1.3, 1.55]),
        payFactor: rng.float(0.7, 1.3),
        currency: rng.pick(currencies),
        jobType: rng.pick(JOB_TYPES),
      });
      if (s.salaryMin === null) {
        unknown++;
        expect(s).toEqual({
          salaryMin: null,
          salaryMax: null,
          salaryCurrency: null,
          salaryPeriod: null,
          salaryAnnualUsd: null,
        });
        continue;
      }
      expect(Number.isInteger(s.salaryMin) && Number.isInteger(s.salaryMax)).toBe(true);
      expect(s.salaryMin).toBeGreaterThan(0);
      expect(s.salaryMax).toBeGreaterThanOrEqual(s.salaryMin);
      expect(s.salaryCurrency).not.toBeNull();
      expect(s.salaryPeriod).not.toBeNull();
      if (s.salaryMax === null || !s.salaryCurrency || !s.salaryPeriod) throw new Error('unreachable');
      expect(s.salaryAnnualUsd).toBe(annualUsd(s.salaryMin, s.salaryMax, s.salaryPeriod, s.salaryCurrency));
      // Plausible yearly pay in USD for anything from an intern to a lead surgeon.
      expect(s.salaryAnnualUsd).toBeGreaterThan(8_000);
      expect(s.salaryAnnualUsd).toBeLessThan(500_000);
    }
    expect(unknown / n).toBeGreaterThan(0.12);
    expect(unknown / n).toBeLessThan(0.18);
  });
});
