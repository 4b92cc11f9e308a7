'use client';

import { useEffect, useState, type FormEvent } from 'react';
import { tooLong } from '@/lib/search-limits';
import { FormField } from '@/app/_components/form-field';
import { JOB_TYPES, REMOTE_TYPES } from '@/lib/validators/enums';
import type { JobSearchCriteria, JobSearchInput, SearchFacets } from '@/lib/validators/search';
import { SEARCH_SORTS } from '@/lib/validators/search-sorts';
import { JOB_TYPE_LABEL, REMOTE_LABEL } from '../../_components/format';

const SALARY_STEPS = [0, 40_000, 60_000, 80_000, 100_000, 120_000, 150_000, 200_000];
const POSTED = [
  [0, 'Any time'],
  [1, 'Last 24 hours'],
  [7, 'Last 7 days'],
  [30, 'Last 30 days'],
] as const;
const SORT_LABEL = { relevance: 'Relevance', newest: 'Newest', salary: 'Salary', match: 'Best match for me' } as const;

function toggle<T>(list: readonly T[] | undefined, value: T): T[] {
  const current = list ?? [];
  return current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
}

export function SearchFilters({
  criteria,
  facets,
  facetsEstimated,
  signedIn,
  onChange,
}: {
  /** Sorting by best match needs the user's matches. */
  signedIn: boolean;
  criteria: JobSearchCriteria;
  facets: SearchFacets;
  facetsEstimated: { jobType: boolean; remoteType: boolean };
  onChange: (change: Partial<JobSearchInput>) => void;
}) {
  // Text boxes apply on submit (Enter), not per keystroke; they follow the URL on back/forward.
  const [keywords, setKeywords] = useState(criteria.keywords ?? '');
  const [location, setLocation] = useState(criteria.location ?? '');
  useEffect(() => setKeywords(criteria.keywords ?? ''), [criteria.keywords]);
  useEffect(() => setLocation(criteria.location ?? ''), [criteria.location]);

  // Below the lg breakpoint the panel starts closed: on a phone it pushed every result a screen
  // and a half down. Wide screens always show it beside the results.
  const [open, setOpen] = useState(false);
  const active =
    (criteria.remoteTypes?.length ?? 0) +
    (criteria.jobTypes?.length ?? 0) +
    (criteria.salaryMin ? 1 : 0) +
    (criteria.postedWithinDays ? 1 : 0);

  // Checked here, before the URL is built: over the limit, the search used to do nothing at all.
  const [errors, setErrors] = useState<{ keywords: string | null; location: string | null }>({
    keywords: null,
    location: null,
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    const found = { keywords: tooLong('search', keywords), location: tooLong('location', location) };
    setErrors(found);
    if (found.keywords || found.location) return;
    onChange({ keywords: keywords || undefined, location: location || undefined });
  }

  return (
    <aside aria-label="Search filters" className="space-y-5">
      <form role="search" onSubmit={submit} className="space-y-3 rounded-xl bg-white p-4 shadow-sm">
        <FormField
          label="Keywords"
          name="q"
          type="search"
          value={keywords}
          onChange={(e) => setKeywords(e.target.value)}
          placeholder='e.g. "data analyst" python -intern'
          errors={errors.keywords ? [errors.keywords] : undefined}
        />
        <FormField
          label="Location"
          name="location"
          value={location}
          onChange={(e) => setLocation(e.target.value)}
          placeholder="City, state or Remote"
          errors={errors.location ? [errors.location] : undefined}
        />
        <button
          type="submit"
          className="w-full rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700"
        >
          Search
        </button>
      </form>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="search-filter-panel"
        onClick={() => setOpen((o) => !o)}
        className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium lg:hidden"
      >
        {open ? 'Hide filters' : 'Sort and filter'}
        {active > 0 ? ` (${active} on)` : ''}
      </button>
      <div
        id="search-filter-panel"
        className={`${open ? '' : 'hidden'} space-y-4 rounded-xl bg-white p-4 text-sm shadow-sm lg:block`}
      >
        <div className="space-y-1">
          <label htmlFor="sort" className="block font-medium">
            Sort by
          </label>
          <select
            id="sort"
            value={criteria.sort}
            onChange={(e) => onChange({ sort: e.target.value as JobSearchCriteria['sort'] })}
            className="w-full rounded-md border border-slate-300 bg-white px-2 py-1.5"
          >
            {SEARCH_SORTS.filter((s) => s !== 'match' || signedIn).map((s) => (
              <option key={s} value={s}>
                {SORT_LABEL[s]}
              </option>
            ))}
          </select>
        </div>
        <FacetGroup
          legend="Work arrangement"
          options={REMOTE_TYPES}
          labels={REMOTE_LABEL}
          counts={facets.remoteType}
          approximate={facetsEstimated.remoteType}
          selected={criteria.remoteTypes}
          onToggle={(t) => onChange({ remoteTypes: toggle(criteria.remoteTypes, t) })}
        />
        <FacetGroup
          legend="Job type"
          options={JOB_TYPES}
          labels={JOB_TYPE_LABEL}
          counts={facets.jobType}
          approximate={facetsEstimated.jobType}
          selected={criteria.jobTypes}
          onToggle={(t) => onChange({ jobTypes: toggle(criteria.jobTypes, t) })}
        />
        <div className="space-y-1">
          <label htmlFor="salary" className="block font-medium">
            Minimum salary (USD / year)
          </label>
          <select
            id="salary"
            value={criteria.salaryMin ?? 0}
            onChange={(e) => onChange({ salaryMin: Number(e.target.value) || undefined })}
            className="w-full rounded-md border border-slate-300 bg-white px-2 py-1.5"
          >
            {SALARY_STEPS.map((s) => (
              <option key={s} value={s}>
                {s === 0 ? 'Any' : `$${(s / 1000).toFixed(0)}k+`}
              </option>
            ))}
          </select>
          <label className="mt-1 flex items-center gap-2">
            <input
              type="checkbox"
              checked={criteria.includeUnknownSalary}
              onChange={(e) => onChange({ includeUnknownSalary: e.target.checked })}
            />
            Include jobs without a salary
          </label>
        </div>
        <div className="space-y-1">
          <label htmlFor="posted" className="block font-medium">
            Posted
          </label>
          <select
            id="posted"
            value={criteria.postedWithinDays ?? 0}
            onChange={(e) => onChange({ postedWithinDays: Number(e.target.value) || undefined })}
            className="w-full rounded-md border border-slate-300 bg-white px-2 py-1.5"
          >
            {POSTED.map(([days, label]) => (
              <option key={days} value={days}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </div>
    </aside>
  );
}

/** Checkboxes with the facet count of each value for the rest of the query. */
function FacetGroup<T extends string>({
  legend,
  options,
  labels,
  counts,
  approximate,
  selected,
  onToggle,
}: {
  legend: string;
  options: readonly T[];
  labels: Record<T, string>;
  /** null: too rare to estimate in a very large result set; no number rather than a wrong one. */
  counts: Record<T, number | null>;
  /** Estimated counts get a "~" (and "about" for screen readers). */
  approximate: boolean;
  selected: readonly T[] | undefined;
  onToggle: (value: T) => void;
}) {
  return (
    <fieldset>
      <legend className="font-medium">{legend}</legend>
      {options.map((t) => (
        <label key={t} className="mt-1 flex items-center gap-2">
          <input type="checkbox" checked={selected?.includes(t) ?? false} onChange={() => onToggle(t)} />
          <span className="flex-1">{labels[t]}</span>
          {counts[t] !== null && (
            <span className="text-slate-500">
              {approximate && counts[t] > 0 && (
                <>
                  <span aria-hidden="true">~</span>
                  <span className="sr-only">about </span>
                </>
              )}
              {counts[t].toLocaleString('en-US')}
            </span>
          )}
        </label>
      ))}
    </fieldset>
  );
}
