import type { AppliedMatchFilters } from '@/lib/validators/matching';
import { JOB_TYPE_LABEL, REMOTE_LABEL } from '../_components/format';
import { annualUsdWords } from './salary-words';

const joinOr = (items: string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;

/** The filters in one line above the list, so a phone user sees them without scrolling to the form. */
export function FiltersSummary({ filters, ownMinimum }: { filters: AppliedMatchFilters; ownMinimum: string | null }) {
  // A must-have minimum is said as the seeker set it ("€50,000+ a year"), with the dollars it became.
  const minimum =
    filters.salaryMin === null
      ? ''
      : filters.fromMustHaves.includes('salary') && ownMinimum
        ? ownMinimum
        : annualUsdWords(filters.salaryMin);
  const parts = [
    joinOr(filters.remoteTypes.map((t) => REMOTE_LABEL[t])),
    joinOr(filters.jobTypes.map((t) => JOB_TYPE_LABEL[t])),
    minimum && `${minimum}${filters.includeUnknownSalary ? ' or unstated' : ''}`,
    filters.location ??
      (filters.places.length ? joinOr([...filters.places, ...(filters.placesIncludeRemote ? ['remote jobs open there'] : [])]) : ''),
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
