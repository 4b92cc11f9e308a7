'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import type { SavedSearchOutput } from '@/lib/validators/alerts';
import { searchCriteriaToParams } from '@/lib/validators/search';
import { useTRPC } from '@/trpc/react';
import { serverFieldErrors, type FieldErrors } from '../_components/field-errors';
import { formatDate } from '../_components/format';
import { SelectField } from '../_components/select-field';
import { UNREADABLE_NUMBER_MESSAGE, unreadableNumberFields } from '../_components/use-validated-mutation';
import { criteriaSummary } from './criteria-summary';
import { lastChecked } from './last-checked';
import { FREQUENCY_OPTIONS, isFrequency } from './frequency-options';

export function SavedSearchList({ initial }: { initial: SavedSearchOutput[] }) {
  const trpc = useTRPC();
  const { data } = useQuery(trpc.alerts.list.queryOptions(undefined, { initialData: initial }));
  if (data.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
        No saved searches yet.{' '}
        <Link href="/jobs" className="text-brand-700 underline">
          Search jobs
        </Link>{' '}
        and choose “Save this search” to be told about new ones.
      </p>
    );
  }
  return (
    <ul className="space-y-3">
      {data.map((s) => (
        <SavedSearchRow key={s.id} search={s} />
      ))}
    </ul>
  );
}

function SavedSearchRow({ search }: { search: SavedSearchOutput }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.alerts.list.queryKey() });
  const update = useMutation(trpc.alerts.update.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.alerts.delete.mutationOptions({ onSuccess: refresh }));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const prefix = `s-${search.id}-`;
  const results = `/jobs?${searchCriteriaToParams({ ...search.criteria, sort: 'newest' }).toString()}`;

  async function save(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setStatus(null);
    const form = new FormData(e.currentTarget);
    const frequency = form.get('frequency');
    const rawMin = form.get('minMatchScore');
    const min = typeof rawMin === 'string' ? rawMin.trim() : '';
    // "1e309", "50-60": the browser hands over nothing, which would save as "no minimum".
    const unreadable = unreadableNumberFields(e.currentTarget).includes('minMatchScore');
    if (unreadable) {
      setErrors({ minMatchScore: [UNREADABLE_NUMBER_MESSAGE] });
      return;
    }
    try {
      await update.mutateAsync({
        id: search.id,
        frequency: isFrequency(frequency) ? frequency : undefined,
        minMatchScore: min === '' ? null : Number(min),
      });
      setErrors({});
      setStatus('Saved.');
    } catch (err) {
      const { fields, message } = serverFieldErrors(err as Parameters<typeof serverFieldErrors>[0]);
      setErrors(fields);
      setStatus(message);
    }
  }

  return (
    <li className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm" data-testid="saved-search">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="min-w-0 font-semibold [overflow-wrap:anywhere]">{search.name}</h2>
        <Link href={results} className="text-sm text-brand-700 underline">
          See results
        </Link>
      </div>
      <p className="mt-1 text-sm break-words text-slate-600">{criteriaSummary(search.criteria)}</p>
      <form
        noValidate
        onSubmit={(e) => void save(e)}
        className="mt-3 grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
      >
        <SelectField
          label="Alerts"
          name="frequency"
          idPrefix={prefix}
          options={FREQUENCY_OPTIONS}
          defaultValue={search.frequency}
          errors={errors.frequency}
        />
        <div className="space-y-1">
          <label htmlFor={`${prefix}minMatchScore`} className="block text-sm font-medium">
            Minimum match (%)
          </label>
          <input
            id={`${prefix}minMatchScore`}
            name="minMatchScore"
            type="number"
            min={1}
            max={100}
            step={1}
            inputMode="numeric"
            placeholder="Any"
            defaultValue={search.minMatchScore ?? ''}
            aria-invalid={errors.minMatchScore?.length ? true : undefined}
            className="w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
          />
          {errors.minMatchScore?.length ? (
            <p role="alert" className="text-xs text-red-600">
              {errors.minMatchScore.join(' ')}
            </p>
          ) : null}
        </div>
        <button
          type="submit"
          disabled={update.isPending}
          className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          Save
        </button>
      </form>
      <div className="mt-3 flex flex-wrap items-center gap-3 text-sm">
        <span className="text-slate-500">
          {lastChecked(search) ? `Last checked ${formatDate(search.lastAlertedAt)}` : 'Not checked yet'}
        </span>
        {status && (
          <span role="status" className="text-slate-700">
            {status}
          </span>
        )}
        <span className="ml-auto flex items-center gap-2">
          {confirming ? (
            <>
              <span>Delete “{search.name}”?</span>
              <button
                type="button"
                onClick={() => remove.mutate({ id: search.id })}
                disabled={remove.isPending}
                className="rounded-md bg-red-600 px-3 py-1.5 font-medium text-white hover:bg-red-700"
              >
                Delete
              </button>
              <button type="button" onClick={() => setConfirming(false)} className="underline">
                Keep
              </button>
            </>
          ) : (
            <button type="button" onClick={() => setConfirming(true)} className="text-red-700 underline">
              Delete search
            </button>
          )}
        </span>
      </div>
      {remove.isError && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {remove.error.message}
        </p>
      )}
    </li>
  );
}
