'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import type { JobSearchCriteria } from '@/lib/validators/search';
import { useTRPC } from '@/trpc/react';
import { serverFieldErrors, zodFieldErrors, type FieldErrors } from '../../_components/field-errors';
import { FormField } from '../../_components/form-field';
import { UNREADABLE_NUMBER_MESSAGE, unreadableNumberFields } from '../../_components/use-validated-mutation';
import { SelectField } from '../../_components/select-field';
import { FREQUENCY_OPTIONS } from '../../alerts/frequency-options';

/** A name to start from: the keywords and place searched for. */
function suggestedName(c: JobSearchCriteria): string {
  const name = [c.keywords, c.location].filter(Boolean).join(' in ');
  return (name || 'New jobs').slice(0, 120);
}

/** The fields this form shows an error beside (the criteria come from the search, not a field). */
const SHOWN_FIELDS = ['name', 'frequency', 'minMatchScore'];

/** "Save this search": the current criteria (not the page or order), a name and how often to alert. */
export function SaveSearch({ criteria, signedIn }: { criteria: JobSearchCriteria; signedIn: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(
    trpc.alerts.create.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.alerts.list.queryKey() }),
    }),
  );
  const [open, setOpen] = useState(false);
  // The frequency starts as the profile says new alerts should; read when the form first opens.
  const preferred = useQuery(
    trpc.alerts.defaultFrequency.queryOptions(undefined, { enabled: signedIn && open, staleTime: 60_000 }),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  if (!signedIn) {
    return (
      <Link href="/sign-in?callbackUrl=/jobs" className="text-sm text-brand-700 underline">
        Sign in to save this search
      </Link>
    );
  }

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setMessage(null);
    const form = new FormData(e.currentTarget);
    const rawMin = form.get('minMatchScore');
    const min = typeof rawMin === 'string' ? rawMin.trim() : '';
    // "1e309", "50-60": the browser hands over nothing, which would save as "no minimum".
    const unreadable = unreadableNumberFields(e.currentTarget).includes('minMatchScore');
    const { sort: _sort, page: _page, limit: _limit, ...rest } = criteria;
    const raw = {
      name: form.get('name'),
      criteria: rest,
      // Absent while the default is still loading (the field is disabled): the server applies it.
      frequency: form.get('frequency') ?? undefined,
      minMatchScore: min === '' ? null : Number(min),
    };
    // Loaded on submit: the schema brings zod, which the search page's first load does without.
    const { createSavedSearchInput } = await import('@/lib/validators/alerts');
    const parsed = createSavedSearchInput.safeParse(raw);
    if (!parsed.success || unreadable) {
      setErrors({
        ...(parsed.success ? {} : zodFieldErrors(parsed.error)),
        ...(unreadable ? { minMatchScore: [UNREADABLE_NUMBER_MESSAGE] } : {}),
      });
      return;
    }
    setErrors({});
    try {
      const created = await create.mutateAsync(parsed.data);
      setSaved(created.name);
      setOpen(false);
    } catch (err) {
      const { fields, message: msg } = serverFieldErrors(err as Parameters<typeof serverFieldErrors>[0], SHOWN_FIELDS);
      setErrors(fields);
      setMessage(msg);
    }
  }

  return (
    <div className="w-full space-y-2">
      {!open && (
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <button
            type="button"
            onClick={() => (setOpen(true), setSaved(null))}
            className="inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-100"
          >
            {/* An outline, not the bell emoji: a system without an emoji font drew that as an empty box. */}
            <svg
              aria-hidden="true"
              viewBox="0 0 24 24"
              className="h-4 w-4"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
              strokeLinejoin="round"
            >
              <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
              <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
            </svg>
            Save this search
          </button>
          {saved && (
            <span role="status">
              Saved “{saved}”.{' '}
              <Link href="/alerts" className="text-brand-700 underline">
                Manage alerts
              </Link>
            </span>
          )}
        </div>
      )}
      {open && (
        <form
          noValidate
          onSubmit={(e) => void submit(e)}
          aria-label="Save this search"
          className="grid gap-3 rounded-xl bg-white p-4 shadow-sm sm:grid-cols-2"
        >
          <div className="sm:col-span-2">
            <FormField
              idPrefix="save-search-"
              label="Name"
              name="name"
              defaultValue={suggestedName(criteria)}
              maxLength={120}
              errors={errors.name}
            />
          </div>
          <SelectField
            label="Email me new jobs"
            name="frequency"
            idPrefix="save-search-"
            options={FREQUENCY_OPTIONS}
            // Keyed on the default, so the field shows it once loaded; disabled until then.
            key={preferred.data?.frequency ?? 'loading'}
            defaultValue={preferred.data?.frequency ?? 'weekly'}
            disabled={preferred.isPending}
            errors={errors.frequency}
          />
          <div className="space-y-1">
            <label htmlFor="save-search-min" className="block text-sm font-medium">
              Only jobs matching me at least (%)
            </label>
            <input
              id="save-search-min"
              name="minMatchScore"
              type="number"
              min={1}
              max={100}
              inputMode="numeric"
              placeholder="Any match"
              aria-invalid={errors.minMatchScore?.length ? true : undefined}
              className="w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
            />
            {errors.minMatchScore?.length ? (
              <p role="alert" className="text-xs text-red-600">
                {errors.minMatchScore.join(' ')}
              </p>
            ) : null}
          </div>
          {message && (
            <p role="alert" className="text-sm text-red-700 sm:col-span-2">
              {message}
            </p>
          )}
          <div className="flex gap-3 sm:col-span-2">
            <button
              type="submit"
              disabled={create.isPending}
              className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
            >
              Save search
            </button>
            <button type="button" onClick={() => setOpen(false)} className="text-sm underline">
              Cancel
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
