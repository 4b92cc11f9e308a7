'use client';

import { useEffect, useState, type FormEvent } from 'react';
import { APPLICATION_STATUS_LABEL } from '@/lib/validators/application-status';
import type { ListApplicationsCriteria } from '@/lib/validators/applications';
import { APPLICATION_STATUSES, type ApplicationStatus } from '@/lib/validators/enums';

const input = 'w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm';

/** Status applies at once; company and dates apply on submit, not per keystroke. */
export function TableFilters({
  criteria,
  onChange,
}: {
  criteria: ListApplicationsCriteria;
  onChange: (change: Partial<ListApplicationsCriteria>) => void;
}) {
  const [company, setCompany] = useState(criteria.company ?? '');
  const [from, setFrom] = useState(criteria.appliedFrom ?? '');
  const [to, setTo] = useState(criteria.appliedTo ?? '');
  // Follow the URL on back/forward.
  useEffect(() => setCompany(criteria.company ?? ''), [criteria.company]);
  useEffect(() => setFrom(criteria.appliedFrom ?? ''), [criteria.appliedFrom]);
  useEffect(() => setTo(criteria.appliedTo ?? ''), [criteria.appliedTo]);
  const dateError = from && to && from > to ? 'The start date must be before the end date.' : null;

  function submit(e: FormEvent) {
    e.preventDefault();
    if (dateError) return;
    onChange({ company: company.trim() || undefined, appliedFrom: from || undefined, appliedTo: to || undefined });
  }

  const status = criteria.status?.length === 1 ? criteria.status[0] : '';
  return (
    <form
      onSubmit={submit}
      aria-label="Filter applications"
      className="grid gap-3 rounded-xl bg-white p-4 shadow-sm sm:grid-cols-[repeat(4,minmax(0,1fr))_auto]"
    >
      <div className="space-y-1">
        <label htmlFor="filter-status" className="block text-xs font-medium">
          Status
        </label>
        <select
          id="filter-status"
          value={status}
          onChange={(e) => onChange({ status: e.target.value ? [e.target.value as ApplicationStatus] : undefined })}
          className={input}
        >
          <option value="">All statuses</option>
          {APPLICATION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {APPLICATION_STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="filter-company" className="block text-xs font-medium">
          Company
        </label>
        <input id="filter-company" value={company} onChange={(e) => setCompany(e.target.value)} className={input} />
      </div>
      <div className="space-y-1">
        <label htmlFor="filter-from" className="block text-xs font-medium">
          Applied from
        </label>
        <input id="filter-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} className={input} />
      </div>
      <div className="space-y-1">
        <label htmlFor="filter-to" className="block text-xs font-medium">
          Applied until
        </label>
        <input
          id="filter-to"
          type="date"
          value={to}
          min={from || undefined}
          aria-invalid={dateError ? true : undefined}
          aria-describedby={dateError ? 'filter-to-error' : undefined}
          onChange={(e) => setTo(e.target.value)}
          className={input}
        />
        {dateError && (
          <p id="filter-to-error" role="alert" className="text-xs text-red-600">
            {dateError}
          </p>
        )}
      </div>
      <div className="flex items-end gap-2">
        <button
          type="submit"
          className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700"
        >
          Filter
        </button>
        <button
          type="button"
          onClick={() =>
            onChange({ status: undefined, company: undefined, appliedFrom: undefined, appliedTo: undefined })
          }
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100"
        >
          Clear
        </button>
      </div>
    </form>
  );
}
