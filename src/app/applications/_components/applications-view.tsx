'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import dynamic from 'next/dynamic';
import { usePathname, useRouter } from 'next/navigation';
import type { ApplicationList, ListApplicationsCriteria } from '@/lib/validators/applications';
import { useTRPC } from '@/trpc/react';
import { BOARD_INPUT, criteriaToParams, type ApplicationsView as View } from './list-params';
import { MoveMessageBanner } from './move-message';
import { TableFilters } from './table-filters';
import { useMoveApplication } from './use-move-application';
import { applicationsSummary } from './applications-summary';

// Separate chunks, one per view: a page shows one of them, and the board's drag and drop
// (@dnd-kit, ~20 KB gzipped) is not needed to read the table or the rest of the page. Both are
// still rendered on the server, so the page paints complete before either chunk arrives.
const Board = dynamic(() => import('./board').then((m) => m.Board));
const ApplicationsTable = dynamic(() => import('./applications-table').then((m) => m.ApplicationsTable));

/** Board or table, chosen in the URL (?view=table) so either can be bookmarked and shared. */
export function ApplicationsView({
  initialView,
  initialCriteria,
  initialData,
}: {
  initialView: View;
  initialCriteria: ListApplicationsCriteria;
  initialData: ApplicationList;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  // The server page reads the URL (page.tsx) and renders again whenever it changes, so these props
  // are always the URL's view and criteria: no schema is needed here to read it a second time.
  const view = initialView;
  const criteria = initialCriteria;
  const { data, isFetching } = useQuery(
    trpc.applications.list.queryOptions(view === 'board' ? BOARD_INPUT : criteria, {
      placeholderData: keepPreviousData,
      initialData,
    }),
  );
  const { move, message, setMessage, pending } = useMoveApplication();
  const onMove = (...args: Parameters<typeof move>) => void move(...args);

  const href = (v: View, c: Partial<ListApplicationsCriteria> = criteria) => {
    const qs = criteriaToParams(v, v === 'table' ? c : {}).toString();
    return qs ? `${pathname}?${qs}` : pathname;
  };
  const update = (change: Partial<ListApplicationsCriteria>) =>
    router.push(href('table', { ...criteria, ...change }), { scroll: false });

  const list = data ?? initialData;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Applications</h1>
        <nav aria-label="View" className="inline-flex rounded-md border border-slate-300 bg-white text-sm">
          {(['board', 'table'] as const).map((v) => (
            <Link
              key={v}
              href={href(v)}
              aria-current={view === v ? 'page' : undefined}
              className={`px-3 py-1.5 first:rounded-l-md last:rounded-r-md ${view === v ? 'bg-brand-600 text-white' : 'hover:bg-slate-100'}`}
            >
              {v === 'board' ? 'Board' : 'Table'}
            </Link>
          ))}
        </nav>
      </div>
      <MoveMessageBanner message={message} onDismiss={() => setMessage(null)} />
      {view === 'table' && <TableFilters criteria={criteria} onChange={update} />}
      <p className="text-sm text-slate-600" aria-live="polite" data-testid="applications-count">
        {isFetching && !data ? 'Loading…' : applicationsSummary(list)}
      </p>
      {list.total === 0 && view === 'board' ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
          No applications yet.{' '}
          <Link href="/jobs" className="text-brand-700 underline">
            Find a job
          </Link>
          , save it or mark it as applied, and it shows up here; or add one from anywhere below.
        </p>
      ) : view === 'board' ? (
        <Board items={list.items} pending={pending} onMove={onMove} />
      ) : (
        <ApplicationsTable
          items={list.items}
          criteria={criteria}
          pending={pending}
          onSort={(sort, dir) => update({ sort, dir })}
          onMove={onMove}
        />
      )}
    </div>
  );
}
