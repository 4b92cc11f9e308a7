import { toAnnualUsd, USD_PER_UNIT } from '@/lib/annual-salary';
import type { Currency, SalaryPeriod } from '@/lib/validators/enums';

/** A seeker's minimum salary as whole USD a year; null when unset or in a currency we cannot convert. */
export function annualExpectationUsd(
  min: number | null,
  period: SalaryPeriod | null,
  currency: string | null,
): number | null {
  if (min === null || !period || !currency || !(currency in USD_PER_UNIT)) return null;
  return toAnnualUsd(min, period, currency as Currency);
}
