'use client';

import Link from 'next/link';
import type { ApplicationItem, ApplicationSort, ListApplicationsCriteria } from '@/lib/validators/applications';
import type { ApplicationStatus } from '@/lib/validators/enums';
import { formatDate } from '../../_components/format';
import { formatDay, formatResponseDays } from './dates';
import { MoveSelect } from './move-select';
import { StatusBadge } from './status-badge';

const COLUMNS: { label: string; sort?: ApplicationSort }[] = [
  { label: 'Job', sort: 'title' },
  { label: 'Company', sort: 'company' },
  { label: 'Status', sort: 'status' },
  { label: 'Applied', sort: 'applied' },
  { label: 'Response' },
  { label: 'Follow-up', sort: 'followUp' },
  { label: 'Last activity', sort: 'updated' },
  { label: 'Move' },
];

const NEWEST_FIRST: readonly ApplicationSort[] = ['updated', 'applied'];

export function ApplicationsTable({
  items,
  criteria,
  pending,
  onSort,
  onMove,
}: {
  items: ApplicationItem[];
  criteria: ListApplicationsCriteria;
  pending: ReadonlySet<string>;
  onSort: (sort: ApplicationSort, dir: 'asc' | 'desc') => void;
  onMove: (app: ApplicationItem, to: ApplicationStatus) => void;
}) {
  const currentDir = criteria.dir ?? (NEWEST_FIRST.includes(criteria.sort) ? 'desc' : 'asc');
  return (
    // relative: the table's screen-reader-only labels are absolutely positioned, and without a
    // positioned box here they are placed against the page and widen it on a phone.
    <div className="relative overflow-x-auto rounded-xl bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Your applications</caption>
        <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
          <tr>
            {COLUMNS.map((c) => {
              const active = c.sort === criteria.sort;
              const sortState = active ? (currentDir === 'asc' ? 'ascending' : 'descending') : undefined;
              return (
                <th key={c.label} scope="col" aria-sort={sortState} className="px-3 py-2 font-medium">
                  {c.sort ? (
                    <button
                      type="button"
                      className="inline-flex items-center gap-1 uppercase hover:text-slate-900"
                      onClick={() => {
                        const sort = c.sort as ApplicationSort;
                        const defaultDir = NEWEST_FIRST.includes(sort) ? 'desc' : 'asc';
                        onSort(sort, active ? (currentDir === 'asc' ? 'desc' : 'asc') : defaultDir);
                      }}
                    >
                      {c.label}
                      <span aria-hidden>{active ? (currentDir === 'asc' ? '▲' : '▼') : ''}</span>
                    </button>
                  ) : (
                    c.label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.length === 0 && (
            <tr>
              <td colSpan={COLUMNS.length} className="px-3 py-8 text-center text-slate-600">
                No applications match these filters.
              </td>
            </tr>
          )}
          {items.map((app) => (
            <tr key={app.id} data-testid="application-row">
              <td className="px-3 py-2 font-medium">
                <Link href={`/applications/${app.id}`} className="hover:underline">
                  {app.job.title}
                </Link>
              </td>
              <td className="px-3 py-2">{app.job.companyName}</td>
              <td className="px-3 py-2">
                <StatusBadge status={app.status} />
              </td>
              <td className="px-3 py-2 whitespace-nowrap">{app.appliedAt ? formatDate(app.appliedAt) : '—'}</td>
              <td className="px-3 py-2 whitespace-nowrap">{formatResponseDays(app.responseDays)}</td>
              <td className="px-3 py-2 whitespace-nowrap">{app.followUpDate ? formatDay(app.followUpDate) : '—'}</td>
              <td className="px-3 py-2 whitespace-nowrap">{formatDate(app.updatedAt)}</td>
              <td className="w-40 px-3 py-2">
                <MoveSelect
                  app={app}
                  disabled={pending.has(app.id)}
                  onMove={(to) => onMove(app, to)}
                  idPrefix="table-move"
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
