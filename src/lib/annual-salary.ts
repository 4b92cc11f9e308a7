/**
 * Salaries compared across postings and preferences: converted to a yearly amount in USD
 * (jobs.salary_annual_usd). The rates are fixed on purpose (rounded mid-2025 market rates):
 * a stored figure must not move with the day's exchange rate, and a few percent of drift does
 * not change whether a salary meets an expectation.
 */
import type { Currency, SalaryPeriod } from './validators/enums';

export const USD_PER_UNIT: Readonly<Record<Currency, number>> = {
  USD: 1,
  CAD: 0.73,
  GBP: 1.35,
  EUR: 1.15,
  AUD: 0.66,
  INR: 0.012,
  CHF: 1.25,
  JPY: 0.0069,
  SGD: 0.78,
};

/** Paid periods in a year: 40 h x 52 weeks, 5 days x 52 weeks. */
export const PERIODS_PER_YEAR: Readonly<Record<SalaryPeriod, number>> = {
  hour: 2080,
  day: 260,
  week: 52,
  month: 12,
  year: 1,
};

/** One amount per period in a currency, as whole USD a year. */
export function toAnnualUsd(amount: number, period: SalaryPeriod, currency: Currency): number {
  return Math.round(amount * PERIODS_PER_YEAR[period] * USD_PER_UNIT[currency]);
}

/** A posting's range: its midpoint, as whole USD a year. */
export function rangeToAnnualUsd(min: number, max: number, period: SalaryPeriod, currency: Currency): number {
  return toAnnualUsd((min + max) / 2, period, currency);
}
