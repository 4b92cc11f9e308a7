import type { AppliedMatchFilters } from '@/lib/validators/matching';
import { JOB_TYPE_LABEL, REMOTE_LABEL } from '../_components/format';

const joinOr = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`);

/** The filters in one line above the list, so a phone user sees them without scrolling to the form. */
export function FiltersSummary({ filters }: { filters: AppliedMatchFilters }) {
  const parts = [
    joinOr(filters.remoteTypes.map((t) => REMOTE_LABEL[t])),
    joinOr(filters.jobTypes.map((t) => JOB_TYPE_LABEL[t])),
    filters.salaryMin !== null
      ? `$${Math.round(filters.salaryMin).toLocaleString('en-US')}+ a year${filters.includeUnknownSalary ? ' or unstated' : ''}`
      : '',
    filters.location ?? (filters.places.length ? joinOr([...filters.places, ...(filters.placesIncludeRemote ? ['remote'] : [])]) : ''),
  ].filter(Boolean);
  if (parts.length === 0) return null;
  return (
    <p className="mt-1 text-sm text-slate-700" data-testid="filters-summary">
      {filters.fromMustHaves.length > 0 ? 'Filtered by your must-haves' : 'Filtered'}: {parts.join(' · ')}.{' '}
      <a href="#match-filters" className="text-brand-700 underline">
        Change filters
      </a>
    </p>
  );
}
