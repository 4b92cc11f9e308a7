import type { ReactNode } from 'react';
import Link from 'next/link';
import { JOB_TYPES, REMOTE_TYPES } from '@/lib/validators/enums';
import type { AppliedMatchFilters } from '@/lib/validators/matching';
import type { PreferenceMustHave } from '@/lib/validators/preference-must-haves';
import { JOB_TYPE_LABEL, REMOTE_LABEL } from '../_components/format';

function FromPreferences({ filters, part }: { filters: AppliedMatchFilters; part: PreferenceMustHave }) {
  return filters.fromMustHaves.includes(part) ? (
    <span className="ml-1 rounded bg-brand-50 px-1.5 py-0.5 text-xs font-normal text-brand-700">your must-have</span>
  ) : null;
}

/**
 * The filters the list was computed with, ticked as the server applied them (on a first visit:
 * the seeker's must-haves), so the user sees them and can untick to widen. `f=1` tells the page
 * the form was submitted: from then on an unticked box means any (match-query.ts).
 */
export function MatchFiltersForm({
  filters,
  preferredPlaces,
  ownMinimum,
}: {
  filters: AppliedMatchFilters;
  preferredPlaces: string[];
  /** The seeker's minimum as they set it, when not in USD a year (salary-words.ts). */
  ownMinimum: string | null;
}) {
  return (
    // After the list on a phone (the summary above the list links here), beside it on a wide screen.
    <form
      id="match-filters"
      method="get"
      className="order-last space-y-4 rounded-xl bg-white p-4 text-sm shadow-sm lg:order-none"
      aria-label="Filter matches"
    >
      <input type="hidden" name="f" value="1" />
      {filters.fromMustHaves.length > 0 && (
        <p className="rounded bg-brand-50 px-2 py-1 text-brand-800" data-testid="must-have-note">
          Starting from your must-haves. Untick a filter to widen the list.
        </p>
      )}
      <Choices
        legend="Work arrangement"
        note={<FromPreferences filters={filters} part="remoteTypes" />}
        name="remote"
        options={REMOTE_TYPES}
        labels={REMOTE_LABEL}
        checked={filters.remoteTypes}
      />
      <Choices
        legend="Job type"
        note={<FromPreferences filters={filters} part="jobTypes" />}
        name="type"
        options={JOB_TYPES}
        labels={JOB_TYPE_LABEL}
        checked={filters.jobTypes}
      />
      <fieldset>
        <legend className="font-medium">
          Salary
          <FromPreferences filters={filters} part="salary" />
        </legend>
        <label className="mt-1 block">
          <span>Minimum (USD a year)</span>
          <input
            name="salary"
            type="number"
            min={0}
            step={1000}
            defaultValue={filters.salaryMin ?? ''}
            placeholder="Any"
            className="mt-1 w-full rounded border border-slate-300 px-2 py-1"
            aria-describedby={ownMinimum ? 'own-minimum' : undefined}
          />
        </label>
        {ownMinimum && (
          <p id="own-minimum" className="mt-1 text-xs text-slate-500" data-testid="own-minimum">
            Your preference: {ownMinimum}.
          </p>
        )}
        <label className="mt-1 flex items-center gap-2">
          <input type="checkbox" name="unknownSalary" defaultChecked={filters.includeUnknownSalary} />
          Include jobs that do not state a salary
        </label>
      </fieldset>
      <fieldset>
        <legend className="font-medium">
          Place
          <FromPreferences filters={filters} part="locations" />
        </legend>
        {preferredPlaces.length > 0 && (
          <>
            <label className="mt-1 flex items-start gap-2">
              <input
                type="checkbox"
                name="places"
                defaultChecked={filters.places.length > 0}
                aria-describedby="places-hint"
                className="mt-0.5"
              />
              <span>Only in {preferredPlaces.join(', ')}</span>
            </label>
            <p id="places-hint" className="ml-6 text-xs text-slate-500">
              Remote jobs open to these places' countries stay when you accept remote work.
            </p>
          </>
        )}
        <label className="mt-2 block">
          <span>{preferredPlaces.length > 0 ? 'Or one place' : 'One place'}</span>
          <input
            name="location"
            defaultValue={filters.location ?? ''}
            placeholder="City, or remote"
            className="mt-1 w-full rounded border border-slate-300 px-2 py-1"
          />
        </label>
      </fieldset>
      <button
        type="submit"
        className="w-full rounded bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700"
      >
        Update matches
      </button>
      <p className="text-center text-xs">
        <Link href="/matches" className="text-brand-700 underline">
          Back to my preferences
        </Link>
        {' · '}
        <Link href="/profile#preferences" className="text-brand-700 underline">
          Edit must-haves
        </Link>
      </p>
    </form>
  );
}

/** One filter's checkboxes; `note` says when the filter comes from the seeker's must-haves. */
function Choices<T extends string>({
  legend,
  note,
  name,
  options,
  labels,
  checked,
}: {
  legend: string;
  note: ReactNode;
  name: string;
  options: readonly T[];
  labels: Record<T, string>;
  checked: readonly T[];
}) {
  return (
    <fieldset>
      <legend className="font-medium">
        {legend}
        {note}
      </legend>
      {options.map((t) => (
        <label key={t} className="mt-1 flex items-center gap-2">
          <input type="checkbox" name={name} value={t} defaultChecked={checked.includes(t)} />
          {labels[t]}
        </label>
      ))}
    </fieldset>
  );
}
