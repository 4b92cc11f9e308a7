/**
 * The seed's success-model features, encoded as numbers. Numeric: match score, hour applied
 * (UTC), title length. One-hot: day of week (UTC), company size, industry, remote type, salary
 * band against the seeker's minimum. A missing match score is imputed with the training mean and
 * flagged in its own column, so "not scored" can carry its own weight instead of posing as average.
 *
 * The salary is a band, not the ratio itself: its effect is not a straight line (pay below the
 * minimum and pay far above it can both do worse), and a linear weight on the ratio had told a
 * seeker that a job paying 35% of their minimum helps.
 */
import { COMPANY_SIZES, REMOTE_TYPES, type CompanySize, type RemoteType } from '@/lib/validators/enums';
import { DAY_KEYS } from '../dimensions';

export interface PredictionRow {
  matchScore: number | null;
  appliedAt: Date;
  title: string;
  companySize: CompanySize | null;
  industry: string | null;
  remoteType: RemoteType;
  salaryAnnualUsd: number | null;
  /** The seeker's minimum expectation, USD a year. */
  salaryMinAnnualUsd: number | null;
}

export const FEATURE_GROUPS = [
  'match',
  'day_of_week',
  'hour',
  'title_length',
  'company_size',
  'industry',
  'remote_type',
  'salary',
] as const;
export type FeatureGroup = (typeof FEATURE_GROUPS)[number];

export interface FeatureColumn {
  name: string;
  group: FeatureGroup;
}

export interface FeatureSpec {
  columns: FeatureColumn[];
  /** Industries with their own column; the rest (and unknown) share `industry=other`. */
  industries: string[];
  matchImpute: number;
}

/**
 * A category (an industry, a weekday, a company size…) or a flag needs this many training rows
 * for a column of its own. Fewer, and its weight rests on a handful of outcomes; standardized, a
 * rare flag is also huge (one row in 2,000 is 45 standard deviations from the mean): a saved job
 * with no stored match score had read as a 98% chance of an interview. Without a column, the row
 * counts as the average for that feature.
 */
export const MIN_CATEGORY_ROWS = 20;
/** Columns that hold a quantity, not a 0/1 category or flag. */
const NUMERIC_COLUMNS: ReadonlySet<string> = new Set(['match_score', 'hour', 'title_length']);
/** Offers above three times the expectation say nothing more than three times. */
const MAX_SALARY_RATIO = 3;
/** From this many times the minimum, pay is "well above" it (a different kind of job, often). */
export const WELL_ABOVE_RATIO = 1.5;
export const SALARY_BANDS = ['below', 'meets', 'above', 'unknown'] as const;
export type SalaryBand = (typeof SALARY_BANDS)[number];

export function salaryBand(ratio: number | null): SalaryBand {
  if (ratio === null) return 'unknown';
  return ratio < 1 ? 'below' : ratio < WELL_ABOVE_RATIO ? 'meets' : 'above';
}

export function salaryRatio(row: Pick<PredictionRow, 'salaryAnnualUsd' | 'salaryMinAnnualUsd'>): number | null {
  if (row.salaryAnnualUsd === null || row.salaryMinAnnualUsd === null || row.salaryMinAnnualUsd <= 0) return null;
  return Math.min(MAX_SALARY_RATIO, row.salaryAnnualUsd / row.salaryMinAnnualUsd);
}

const mean = (values: number[], fallback: number) =>
  values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : fallback;

export function buildFeatureSpec(rows: readonly PredictionRow[], minRows = MIN_CATEGORY_ROWS): FeatureSpec {
  const industryCounts = new Map<string, number>();
  for (const r of rows) if (r.industry) industryCounts.set(r.industry, (industryCounts.get(r.industry) ?? 0) + 1);
  const industries = [...industryCounts.entries()]
    .filter(([, n]) => n >= minRows)
    .map(([name]) => name)
    .sort();
  const columns: FeatureColumn[] = [
    { name: 'match_score', group: 'match' },
    { name: 'match_unscored', group: 'match' },
    ...DAY_KEYS.map((d) => ({ name: `day=${d}`, group: 'day_of_week' as const })),
    { name: 'hour', group: 'hour' },
    { name: 'title_length', group: 'title_length' },
    ...[...COMPANY_SIZES, 'unknown'].map((s) => ({ name: `size=${s}`, group: 'company_size' as const })),
    ...[...industries, 'other'].map((i) => ({ name: `industry=${i}`, group: 'industry' as const })),
    ...REMOTE_TYPES.map((t) => ({ name: `remote=${t}`, group: 'remote_type' as const })),
    ...SALARY_BANDS.map((b) => ({ name: `salary=${b}`, group: 'salary' as const })),
  ];
  const draft: FeatureSpec = {
    columns,
    industries,
    matchImpute: mean(
      rows.map((r) => r.matchScore).filter((m): m is number => m !== null),
      0.5,
    ),
  };
  const ones = new Array<number>(columns.length).fill(0);
  for (const r of rows) encodeFeatures(draft, r).forEach((v, j) => (ones[j] = (ones[j] ?? 0) + (v === 1 ? 1 : 0)));
  return { ...draft, columns: columns.filter((c, j) => NUMERIC_COLUMNS.has(c.name) || (ones[j] ?? 0) >= minRows) };
}

/** One row as raw (unstandardized) feature values, in `spec.columns` order. */
export function encodeFeatures(spec: FeatureSpec, row: PredictionRow): number[] {
  const day = DAY_KEYS[row.appliedAt.getUTCDay()];
  const size = row.companySize ?? 'unknown';
  const industry = row.industry && spec.industries.includes(row.industry) ? row.industry : 'other';
  const values: Record<string, number> = {
    match_score: row.matchScore ?? spec.matchImpute,
    match_unscored: row.matchScore === null ? 1 : 0,
    [`day=${day}`]: 1,
    hour: row.appliedAt.getUTCHours(),
    title_length: row.title.length,
    [`size=${size}`]: 1,
    [`industry=${industry}`]: 1,
    [`remote=${row.remoteType}`]: 1,
    [`salary=${salaryBand(salaryRatio(row))}`]: 1,
  };
  return spec.columns.map((c) => values[c.name] ?? 0);
}
