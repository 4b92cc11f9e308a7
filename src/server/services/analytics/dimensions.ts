/**
 * How an application falls into each breakdown dimension: a stable key, a label, and an order
 * for dimensions with a natural one (days, sizes, buckets). Days and hours are UTC: the server
 * does not know the seeker's time zone.
 */
import type { BreakdownDimension } from '@/lib/validators/analytics';
import { jobSourceLabel } from '@/lib/job-source';
import { COMPANY_SIZES, REMOTE_TYPES } from '@/lib/validators/enums';
import type { ApplicationFact } from './application-facts';

export interface DimensionValue {
  key: string;
  label: string;
}

export const DAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const REMOTE_LABEL = { onsite: 'On-site', hybrid: 'Hybrid', remote: 'Remote' } as const;

/** Match-score buckets on job_match_scores.composite_score: lower bound inclusive. */
export const MATCH_BUCKETS = [
  // Labelled in percent: every other screen writes a match score as "74 %".
  { key: 'lt55', label: 'Below 55%', min: -Infinity },
  { key: '55-70', label: '55–70%', min: 0.55 },
  { key: '70-85', label: '70–85%', min: 0.7 },
  { key: 'ge85', label: '85% and above', min: 0.85 },
] as const;
export const UNSCORED: DimensionValue = { key: 'unscored', label: 'Not scored' };

export function matchBucket(score: number | null): DimensionValue {
  if (score === null) return UNSCORED;
  let found: DimensionValue = MATCH_BUCKETS[0];
  for (const b of MATCH_BUCKETS) if (score >= b.min) found = b;
  return { key: found.key, label: found.label };
}

export function dimensionValue(dimension: BreakdownDimension, f: ApplicationFact): DimensionValue {
  switch (dimension) {
    case 'day_of_week': {
      const day = f.appliedAt.getUTCDay();
      return { key: DAY_KEYS[day] ?? 'sun', label: DAY_NAMES[day] ?? 'Sunday' };
    }
    case 'industry':
      return f.industry ? { key: f.industry, label: f.industry } : { key: 'unknown', label: 'Unknown industry' };
    case 'company_size':
      return f.companySize
        ? { key: f.companySize, label: `${f.companySize} employees` }
        : { key: 'unknown', label: 'Unknown size' };
    case 'remote_type':
      return { key: f.remoteType, label: REMOTE_LABEL[f.remoteType] };
    case 'source':
      return f.source ? { key: f.source, label: jobSourceLabel(f.source) } : { key: 'unknown', label: 'Unknown source' };
    case 'match_bucket':
      return matchBucket(f.matchScore);
  }
}

/** Display order of a dimension's keys; dimensions without one sort by size. */
export const KEY_ORDER: Partial<Record<BreakdownDimension, readonly string[]>> = {
  day_of_week: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
  company_size: [...COMPANY_SIZES, 'unknown'],
  remote_type: REMOTE_TYPES,
  match_bucket: [...MATCH_BUCKETS.map((b) => b.key), UNSCORED.key],
};
