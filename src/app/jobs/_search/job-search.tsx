'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { usePathname, useRouter } from 'next/navigation';
import type { JobSearchCriteria, JobSearchInput, JobSearchOutput } from '@/lib/validators/search';
import { useTRPC } from '@/trpc/react';
import { EmptyResults } from './empty-results';
import { SaveSearch } from './save-search';
import { SearchFilters } from './search-filters';
import { SearchPagination } from './search-pagination';
import { SearchResults } from './search-results';

export function JobSearch({
  initialCriteria,
  initialData,
  signedIn,
  notice = null,
}: {
  initialCriteria: JobSearchCriteria;
  initialData: JobSearchOutput;
  signedIn: boolean;
  /** What the URL asked for that the list leaves out (page.tsx). */
  notice?: string | null;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  // The URL is the single source of truth: shareable, and the back button restores a search. The
  // server page reads it (page.tsx) and renders again on every change of it, so the criteria and
  // results in these props are always the URL's: no zod schema is needed here to read it again.
  const criteria = initialCriteria;
  const { data, isFetching, isPlaceholderData } = useQuery(
    trpc.jobs.search.queryOptions(criteria, { placeholderData: keepPreviousData, initialData }),
  );

  function update(change: Partial<JobSearchInput>, opts: { keepPage?: boolean } = {}) {
    const next = { ...criteria, ...change, page: opts.keepPage ? (change.page ?? criteria.page) : 1 };
    void go(next, opts.keepPage === true);
  }

  async function go(next: JobSearchInput, scroll: boolean) {
    // Loaded on the first change: the criteria schema brings zod, which the first load does without.
    const { searchCriteriaToParams } = await import('@/lib/validators/search');
    const qs = searchCriteriaToParams(next).toString();
    router.push(qs ? `${pathname}?${qs}` : pathname, { scroll });
  }

  const result = data ?? initialData;
  const loading = isFetching && (isPlaceholderData || !data);
  return (
    <div className="grid gap-6 lg:grid-cols-[17rem_1fr]">
      <SearchFilters
        signedIn={signedIn}
        criteria={criteria}
        facets={result.facets}
        facetsEstimated={result.facetsEstimated}
        onChange={update}
      />
      <div className="space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h1 className="text-2xl font-bold">Jobs</h1>
          <p className="text-sm text-slate-600" aria-live="polite" data-testid="result-count">
            {loading ? 'Searching…' : resultCount(result.total, result.estimated)}
            {result.degraded && ' · cache offline, results are live'}
          </p>
        </div>
        {notice && (
          <p role="note" className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="search-notice">
            {notice}
          </p>
        )}
        {!loading && result.noWords && (
          <p role="note" className="rounded bg-slate-100 px-3 py-2 text-sm text-slate-700" data-testid="no-words-note">
            “<span className="break-words">{criteria.keywords}</span>” has no word to search by,{' '}
            {result.items.length > 0
              ? 'so this list is not filtered by it.'
              : 'so it was left out. No job meets the other criteria either.'}
          </p>
        )}
        {!loading && result.someWords && (
          <p
            role="note"
            className="rounded bg-slate-100 px-3 py-2 text-sm text-slate-700"
            data-testid="some-words-note"
          >
            No job has all of these words. These jobs have some of them, those with more of them first.
          </p>
        )}
        <SaveSearch criteria={criteria} signedIn={signedIn} />
        {loading ? (
          <ResultsSkeleton />
        ) : result.items.length === 0 ? (
          <EmptyResults criteria={criteria} keywordsIgnored={result.noWords === true} onChange={update} />
        ) : (
          <SearchResults items={result.items} signedIn={signedIn} />
        )}
        <SearchPagination
          page={result.page}
          totalPages={result.totalPages}
          onPage={(page) => update({ page }, { keepPage: true })}
        />
      </div>
    </div>
  );
}

function ResultsSkeleton() {
  return (
    <div className="space-y-3" aria-hidden data-testid="results-skeleton">
      {Array.from({ length: 5 }, (_, i) => (
        <div key={i} className="h-28 animate-pulse rounded-lg border border-slate-200 bg-white" />
      ))}
    </div>
  );
}

/** Estimated totals are rounded to two significant digits; say so rather than look precise. */
function resultCount(total: number, estimated: boolean): string {
  const n = total.toLocaleString('en-US');
  if (estimated) return `About ${n} jobs`;
  return total === 1 ? '1 job' : `${n} jobs`;
}
