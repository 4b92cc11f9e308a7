/** Seeded salaries and their normalization to a yearly USD amount (jobs.salary_annual_usd). */
import { PERIODS_PER_YEAR, USD_PER_UNIT, rangeToAnnualUsd } from '@/lib/annual-salary';
import type { JobType, SalaryPeriod } from '@/lib/validators/enums';
import type { SeedCurrency } from './locations';
import type { Rng } from './random';

export { PERIODS_PER_YEAR, USD_PER_UNIT };

/** Midpoint of the range, converted to a year and to USD, rounded to whole dollars. */
export const annualUsd = (min: number, max: number, period: SalaryPeriod, currency: SeedCurrency): number =>
  rangeToAnnualUsd(min, max, period, currency);

export interface SeedSalary {
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: SeedCurrency | null;
  salaryPeriod: SalaryPeriod | null;
  salaryAnnualUsd: number | null;
}

export const UNKNOWN_SALARY: SeedSalary = {
  salaryMin: null,
  salaryMax: null,
  salaryCurrency: null,
  salaryPeriod: null,
  salaryAnnualUsd: null,
};

/** US-national yearly midpoints by O*NET job zone (preparation needed), before noise. */
const ZONE_BASE_USD: Readonly<Record<number, number>> = { 1: 33_000, 2: 43_000, 3: 58_000, 4: 84_000, 5: 112_000 };
/** Share of postings that state no salary at all. */
export const UNKNOWN_SALARY_RATE = 0.15;

export interface SalaryInput {
  jobZone: number;
  /** Seniority multiplier (junior < 1 < lead). */
  levelFactor: number;
  /** Local market factor in USD terms (locations.ts). */
  payFactor: number;
  currency: SeedCurrency;
  jobType: JobType;
}

function pickPeriod(rng: Rng, jobType: JobType, currency: SeedCurrency): SalaryPeriod {
  switch (jobType) {
    case 'internship':
      return rng.chance(0.9) ? 'hour' : 'month';
    case 'part-time':
      return rng.chance(0.8) ? 'hour' : 'year';
    case 'temporary':
      return rng.weighted({ hour: 70, week: 15, year: 15 });
    case 'contract':
      // UK and German contractors usually quote day rates.
      return currency === 'GBP' || currency === 'EUR'
        ? rng.weighted({ day: 60, hour: 25, year: 15 })
        : rng.weighted({ hour: 60, day: 10, year: 30 });
    default:
      return rng.chance(0.97) ? 'year' : 'month';
  }
}

/** Rounding step per period, so amounts look like what employers write. */
const STEP: Readonly<Record<SalaryPeriod, number>> = { hour: 1, day: 10, week: 10, month: 100, year: 1000 };

export function generateSalary(rng: Rng, input: SalaryInput): SeedSalary {
  if (rng.chance(UNKNOWN_SALARY_RATE)) return UNKNOWN_SALARY;
  const base = ZONE_BASE_USD[input.jobZone] ?? 50_000;
  // Contractors price in their own benefits and gaps between contracts.
  const premium = input.jobType === 'contract' ? 1.25 : 1;
  const yearlyUsd = base * input.levelFactor * input.payFactor * premium * rng.float(0.85, 1.2);
  const period = pickPeriod(rng, input.jobType, input.currency);
  const perPeriodLocal = yearlyUsd / PERIODS_PER_YEAR[period] / USD_PER_UNIT[input.currency];
  const spread = rng.float(0.08, 0.22);
  const step = STEP[period];
  const salaryMin = Math.max(step, Math.round((perPeriodLocal * (1 - spread)) / step) * step);
  const salaryMax = Math.max(salaryMin, Math.round((perPeriodLocal * (1 + spread)) / step) * step);
  return {
    salaryMin,
    salaryMax,
    salaryCurrency: input.currency,
    salaryPeriod: period,
    salaryAnnualUsd: annualUsd(salaryMin, salaryMax, period, input.currency),
  };
}
