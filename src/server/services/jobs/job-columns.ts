import type { Freshness, JobSummary } from '@/lib/validators/jobs';
import { jobs } from '@/server/db/schema';

/** Columns behind a JobSummary; `search_vector` and other internals never leave. */
export const jobSummaryColumns = {
  id: jobs.id,
  title: jobs.title,
  companyName: jobs.companyName,
  location: jobs.location,
  remoteType: jobs.remoteType,
  jobType: jobs.jobType,
  salaryMin: jobs.salaryMin,
  salaryMax: jobs.salaryMax,
  salaryCurrency: jobs.salaryCurrency,
  salaryPeriod: jobs.salaryPeriod,
  salaryAnnualUsd: jobs.salaryAnnualUsd,
  requiredSkills: jobs.requiredSkills,
  postedAt: jobs.postedAt,
};

type SummaryRow = {
  [K in keyof typeof jobSummaryColumns]: (typeof jobSummaryColumns)[K]['_']['data'] | null;
} & { id: string; postedAt: Date };

const DAY_MS = 86_400_000;

/** new: posted within 7 days; recent: within 30; older beyond. */
export function freshnessOf(postedAt: Date, now = Date.now()): Freshness {
  const age = now - postedAt.getTime();
  if (age <= 7 * DAY_MS) return 'new';
  if (age <= 30 * DAY_MS) return 'recent';
  return 'older';
}

export function toJobSummary(row: SummaryRow, now = Date.now()): JobSummary {
  return {
    id: row.id,
    title: row.title ?? '',
    companyName: row.companyName ?? '',
    location: row.location ?? '',
    remoteType: row.remoteType ?? 'onsite',
    jobType: row.jobType ?? 'full-time',
    salary: {
      min: row.salaryMin,
      max: row.salaryMax,
      currency: row.salaryCurrency,
      period: row.salaryPeriod,
      annualUsd: row.salaryAnnualUsd,
    },
    requiredSkills: row.requiredSkills ?? [],
    postedAt: row.postedAt,
    freshness: freshnessOf(row.postedAt, now),
  };
}
