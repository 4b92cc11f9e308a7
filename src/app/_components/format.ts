import type { JobSummary } from '@/lib/validators/jobs';
import type { JobType, RemoteType } from '@/lib/validators/enums';

export const REMOTE_LABEL: Record<RemoteType, string> = { onsite: 'On-site', hybrid: 'Hybrid', remote: 'Remote' };
export const JOB_TYPE_LABEL: Record<JobType, string> = {
  'full-time': 'Full-time',
  'part-time': 'Part-time',
  contract: 'Contract',
  temporary: 'Temporary',
  internship: 'Internship',
};
/**
 * "Denver, CO · Hybrid"; a remote job located "Remote" (or "Remote, US") reads "Remote, US"
 * rather than "Remote · Remote".
 */
export function formatPlace(location: string, remoteType: RemoteType): string {
  const label = REMOTE_LABEL[remoteType];
  const place = location.trim();
  if (!place) return label;
  if (remoteType === 'remote' && /^remote\b/i.test(place)) return place;
  return `${place} · ${label}`;
}

const PERIOD_LABEL = { hour: '/hr', day: '/day', week: '/wk', month: '/mo', year: '/yr' } as const;

export function formatSalary(salary: JobSummary['salary']): string {
  if (salary.min === null && salary.max === null) return 'Salary not disclosed';
  const fmt = new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: salary.currency ?? 'USD',
    maximumFractionDigits: 0,
  });
  const period = salary.period ? PERIOD_LABEL[salary.period] : '';
  if (salary.min !== null && salary.max !== null && salary.min !== salary.max) {
    return `${fmt.format(salary.min)} – ${fmt.format(salary.max)}${period}`;
  }
  return `${fmt.format((salary.max ?? salary.min) as number)}${period}`;
}

export function formatDate(d: Date): string {
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(d);
}

/** "1 answered application", "3 answered applications": a count with its noun agreeing. */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? singular : plural}`;
}
