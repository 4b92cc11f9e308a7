/**
 * Salary text or a source's structured salary to {min, max, currency, period, annualUsd}.
 * Unknown stays unknown: no currency symbol or code, no readable amount, or a range that makes no
 * sense gives null, never a guess. One rule fills a missing period: an amount written in thousands
 * ("$53K") or of 10,000 or more in a currency whose monthly pay is below that (USD, EUR, GBP, CAD,
 * AUD, CHF, SGD) is yearly, as Glassdoor's estimates and "€45.000" are. The annual figure uses the
 * fixed FX table of lib/annual-salary.ts (hour x 2080, day x 260, week x 52, month x 12).
 */
import { PERIODS_PER_YEAR, USD_PER_UNIT } from '@/lib/annual-salary';
import { CURRENCIES, type Currency, type SalaryPeriod } from '@/lib/validators/enums';

export interface ParsedSalary {
  min: number | null;
  max: number | null;
  currency: Currency;
  period: SalaryPeriod;
  /** Midpoint (or the one bound given) as whole USD a year. */
  annualUsd: number;
}

export interface StructuredSalary {
  min: number | null;
  max: number | null;
  currency: string | null;
  period: string | null;
}

const YEARLY_BY_SIZE = new Set<Currency>(['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'CHF', 'SGD']);

/** Prefixed dollar signs first: "CA$" is not "$". */
const SYMBOLS: [RegExp, Currency][] = [
  [/\b(?:CA|C)\$/i, 'CAD'],
  [/\b(?:AU|A)\$/i, 'AUD'],
  [/\b(?:SG|S)\$/i, 'SGD'],
  [/US\$|\$/, 'USD'],
  [/€/, 'EUR'],
  [/£/, 'GBP'],
  [/₹|\bRs\.?\s?\d|\bINR\b/i, 'INR'],
  [/¥|\bJPY\b/, 'JPY'],
];

function currencyOf(text: string): Currency | null {
  const code = /\b(USD|EUR|GBP|CAD|AUD|INR|CHF|JPY|SGD)\b/i.exec(text)?.[1]?.toUpperCase();
  if (code) return code as Currency;
  for (const [pattern, currency] of SYMBOLS) if (pattern.test(text)) return currency;
  if (/\beuros?\b/i.test(text)) return 'EUR';
  if (/\b(pounds?|sterling)\b/i.test(text)) return 'GBP';
  if (/\bdollars?\b/i.test(text)) return 'USD';
  return null;
}

const PERIOD_WORDS: [RegExp, SalaryPeriod][] = [
  [/\/\s*h(ou)?r\b|\bper\s+h(ou)?r\b|\bhourly\b|\ban\s+hour\b|\bp\/?h\b|\/h\b|\bstunde\b|\bheure\b/i, 'hour'],
  [/\/\s*day\b|\bper\s+day\b|\bdaily\b|\ba\s+day\b|\bday\s+rate\b|\bper\s+diem\b/i, 'day'],
  [/\/\s*w(ee)?k\b|\bper\s+week\b|\bweekly\b|\ba\s+week\b/i, 'week'],
  [/\/\s*mo(nth)?\b|\bper\s+month\b|\bmonthly\b|\ba\s+month\b|\bpcm\b|\bmonat\b/i, 'month'],
  [
    /\/\s*y(ea)?r\b|\bper\s+year\b|\bper\s+annum\b|\bp\.?\s?a\.?(?=\s|$|\))|\bannual(ly)?\b|\byearly\b|\ba\s+year\b|\bjahr\b|\bannum\b/i,
    'year',
  ],
];

function periodOf(text: string): SalaryPeriod | null {
  for (const [pattern, period] of PERIOD_WORDS) if (pattern.test(text)) return period;
  return null;
}

/**
 * Amounts with their own thousands and decimal conventions: "120,000", "45.000" (European
 * thousands), "45.000,50", "211.4K", "1 200 000". A separator followed by exactly three digits
 * groups thousands; otherwise it is the decimal point.
 */
const AMOUNT =
  /(\d{1,3}(?:[,.\u00A0\u202F' ]\d{3})+|\d+)(?:[.,](\d{1,2}))?(?!\d)\s*(k|m|mil|million|thousand)?(?![a-z])/gi;

interface Amount {
  value: number;
  /** 1, or 1,000 / 1,000,000 when written with k / m. */
  factor: number;
}

function amountsOf(text: string): Amount[] {
  const found: Amount[] = [];
  for (const match of text.matchAll(AMOUNT)) {
    const whole = Number((match[1] ?? '').replace(/[,.\u00A0\u202F' ]/g, ''));
    const fraction = match[2] ? Number(`0.${match[2]}`) : 0;
    const unit = (match[3] ?? '').toLowerCase();
    const factor = unit === 'k' || unit === 'thousand' ? 1000 : unit ? 1_000_000 : 1;
    if (Number.isFinite(whole)) found.push({ value: (whole + fraction) * factor, factor });
  }
  return found;
}

function annualUsd(min: number | null, max: number | null, period: SalaryPeriod, currency: Currency): number {
  const amount = min !== null && max !== null ? (min + max) / 2 : (min ?? max ?? 0);
  return Math.round(amount * PERIODS_PER_YEAR[period] * USD_PER_UNIT[currency]);
}

/** A yearly pay between $1,000 and $10M: anything else is a misreading. */
const plausible = (usd: number) => usd >= 1000 && usd <= 10_000_000;

function finish(
  min: number | null,
  max: number | null,
  currency: Currency,
  period: SalaryPeriod | null,
  scaled: boolean,
): ParsedSalary | null {
  if (min === null && max === null) return null;
  if (min !== null && max !== null && min > max) return null;
  const biggest = Math.max(min ?? 0, max ?? 0);
  const resolved = period ?? (scaled || (biggest >= 10_000 && YEARLY_BY_SIZE.has(currency)) ? 'year' : null);
  if (!resolved) return null;
  const usd = annualUsd(min, max, resolved, currency);
  return plausible(usd) ? { min, max, currency, period: resolved, annualUsd: usd } : null;
}

function parseText(raw: string): ParsedSalary | null {
  const text = raw
    .replace(/[\u2012-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text || !/\d/.test(text)) return null;
  const currency = currencyOf(text);
  if (!currency) return null;
  // Only the amounts before any note in parentheses: "$53K-$91K (Glassdoor est.)".
  const amounts = amountsOf(text.replace(/\((?:[^)]*(?:est|estimate|glassdoor|employer)[^)]*)\)/gi, ' ')).filter(
    (a) => a.value > 0,
  );
  if (amounts.length === 0) return null;
  const period = periodOf(text);
  const upTo = /\b(up\s+to|max(imum)?|until|bis\s+zu)\b/i.test(text);
  const from = /\b(from|starting\s+at|at\s+least|min(imum)?|ab)\b/i.test(text) || /\d\s*k?\s*\+/i.test(text);
  const ranged = amounts.length >= 2 && /\d\s*[kKmM]?\s*(-|to|and|bis|à)\s*\D{0,4}\d/i.test(text);
  if (ranged) {
    const [a, b] = amounts as [Amount, Amount];
    // "$120-150k": the scale written once applies to both ends.
    const low = a.factor === 1 && b.factor > 1 && a.value < 1000 ? a.value * b.factor : a.value;
    return finish(low, b.value, currency, period, a.factor > 1 || b.factor > 1);
  }
  const [one] = amounts as [Amount];
  const scaled = one.factor > 1;
  if (upTo) return finish(null, one.value, currency, period, scaled);
  if (from) return finish(one.value, null, currency, period, scaled);
  return finish(one.value, one.value, currency, period, scaled);
}

function structuredPeriod(value: string | null): SalaryPeriod | null {
  const text = (value ?? '').toLowerCase();
  if (!text) return null;
  if (/hour/.test(text)) return 'hour';
  if (/day|daily|diem/.test(text)) return 'day';
  if (/week/.test(text)) return 'week';
  if (/month/.test(text)) return 'month';
  if (/year|annual|annum/.test(text)) return 'year';
  return null;
}

function parseStructured(s: StructuredSalary): ParsedSalary | null {
  const code = (s.currency ?? '').trim().toUpperCase();
  const currency = (CURRENCIES as readonly string[]).includes(code) ? (code as Currency) : null;
  if (!currency) return null;
  const ok = (n: number | null) => (n !== null && Number.isFinite(n) && n > 0 ? n : null);
  return finish(ok(s.min), ok(s.max), currency, structuredPeriod(s.period), false);
}

export function parseSalary(input: string | StructuredSalary | null | undefined): ParsedSalary | null {
  if (input == null) return null;
  return typeof input === 'string' ? parseText(input) : parseStructured(input);
}
