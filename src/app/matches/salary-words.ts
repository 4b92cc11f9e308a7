import { toAnnualUsd } from '@/lib/annual-salary';
import { CURRENCIES, type Currency, type SalaryPeriod } from '@/lib/validators/enums';

const isCurrency = (c: string): c is Currency => (CURRENCIES as readonly string[]).includes(c);

const PER: Record<SalaryPeriod, string> = {
  hour: 'an hour',
  day: 'a day',
  week: 'a week',
  month: 'a month',
  year: 'a year',
};

/** "€50,000+ a year", "$42.50+ an hour": a minimum as the seeker set it, not converted. */
export function minimumWords(amount: number, currency: string, period: SalaryPeriod): string {
  const money = new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency,
    // "CA$50,000", not "$50,000" beside "(about $36,500 a year)"; the dollar alone for USD (a review).
    currencyDisplay: currency === 'USD' ? 'narrowSymbol' : 'symbol',
    minimumFractionDigits: Number.isInteger(amount) ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(amount);
  return `${money}+ ${PER[period]}`;
}

/** "$57,500+ a year": the minimum every job is compared with (jobs store pay as USD a year). */
export const annualUsdWords = (amount: number) => minimumWords(Math.round(amount), 'USD', 'year');

/**
 * The seeker's own minimum with the figure jobs are compared with, when the two differ ("€50,000+ a
 * year (about $57,500 a year)"); null when none is set or it is already USD a year.
 */
export function ownMinimum(p: { salaryMin: number | null; salaryCurrency: string; salaryPeriod: SalaryPeriod }) {
  if (p.salaryMin === null || (p.salaryCurrency === 'USD' && p.salaryPeriod === 'year')) return null;
  if (!isCurrency(p.salaryCurrency)) return null;
  const usd = annualUsdWords(toAnnualUsd(p.salaryMin, p.salaryPeriod, p.salaryCurrency)).replace('+', '');
  return `${minimumWords(p.salaryMin, p.salaryCurrency, p.salaryPeriod)} (about ${usd})`;
}
