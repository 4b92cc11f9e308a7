import type { JobSearchCriteria, JobSearchInput } from '@/lib/validators/search';

/** No results: offer to drop each active filter, most restrictive first. */
export function EmptyResults({
  criteria,
  keywordsIgnored = false,
  onChange,
}: {
  criteria: JobSearchCriteria;
  /** The keywords had no word to search by and were left out: other words would not help. */
  keywordsIgnored?: boolean;
  onChange: (change: Partial<JobSearchInput>) => void;
}) {
  const suggestions: [string, Partial<JobSearchInput>][] = [];
  if (criteria.postedWithinDays)
    suggestions.push([`Include jobs older than ${criteria.postedWithinDays} days`, { postedWithinDays: undefined }]);
  if (criteria.salaryMin) suggestions.push(['Remove the minimum salary', { salaryMin: undefined }]);
  if (!criteria.includeUnknownSalary)
    suggestions.push(['Include jobs without a salary', { includeUnknownSalary: true }]);
  if (criteria.location)
    suggestions.push([`Search everywhere, not only “${criteria.location}”`, { location: undefined }]);
  if (criteria.jobTypes?.length) suggestions.push(['Any job type', { jobTypes: undefined }]);
  if (criteria.remoteTypes?.length) suggestions.push(['Any work arrangement', { remoteTypes: undefined }]);
  // Keywords left out already changed nothing: clearing them would not either.
  if (criteria.keywords && !keywordsIgnored)
    suggestions.push([`Clear the keywords “${criteria.keywords}”`, { keywords: undefined }]);
  return (
    <div
      className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center"
      data-testid="empty-results"
    >
      <p className="font-medium">No jobs match this search.</p>
      {criteria.keywords && !keywordsIgnored && (
        <p className="mt-1 text-sm text-slate-600">Try fewer or broader words, or check the spelling.</p>
      )}
      {suggestions.length > 0 && (
        <ul className="mt-4 flex flex-wrap justify-center gap-2">
          {suggestions.map(([label, change]) => (
            <li key={label}>
              <button
                type="button"
                onClick={() => onChange(change)}
                className="rounded-full border border-brand-600 px-3 py-1 text-sm text-brand-700 hover:bg-brand-50"
              >
                {label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
