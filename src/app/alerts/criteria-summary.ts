import type { SavedSearchOutput } from '@/lib/validators/alerts';
import { JOB_TYPE_LABEL, REMOTE_LABEL } from '../_components/format';

const USD = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

/** "“react” · Austin · Remote · Full-time · $120,000+ · last 7 days", or "All jobs". */
export function criteriaSummary(c: SavedSearchOutput['criteria']): string {
  const parts = [
    c.keywords ? `“${c.keywords}”` : null,
    c.location ?? null,
    c.remoteTypes?.map((t) => REMOTE_LABEL[t]).join(' or ') ?? null,
    c.jobTypes?.map((t) => JOB_TYPE_LABEL[t]).join(' or ') ?? null,
    c.salaryMin !== undefined
      ? `${USD.format(c.salaryMin)}+ a year${c.includeUnknownSalary ? '' : ' (salary stated)'}`
      : null,
    c.postedWithinDays !== undefined ? `posted in the last ${c.postedWithinDays} days` : null,
  ].filter((p): p is string => Boolean(p));
  return parts.length ? parts.join(' · ') : 'All jobs';
}
