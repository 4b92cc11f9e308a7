'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { clientAddressLabel } from '@/lib/client-address';
import { SECURITY_EVENT_LABELS } from '@/lib/validators/account';
import { useTRPC } from '@/trpc/react';
import { useLocalTime } from '../_components/use-local-time';

const WHEN: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

/** The account's audit log (account.securityEvents), newest first, 20 to a page. */
export function SecurityEvents() {
  const when = useLocalTime(WHEN);
  const trpc = useTRPC();
  const [page, setPage] = useState(1);
  const events = useQuery({ ...trpc.account.securityEvents.queryOptions({ page }), placeholderData: keepPreviousData });

  if (events.isPending) return <p className="text-sm text-slate-600">Loading activity…</p>;
  if (events.error) return <p className="text-sm text-red-700">{events.error.message}</p>;
  const { items, hasMore } = events.data;
  if (items.length === 0 && page === 1) return <p className="text-sm text-slate-600">No security activity yet.</p>;
  const pager =
    'rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-50';
  return (
    <div className="space-y-2">
      <ul className="divide-y divide-slate-200 rounded-md border border-slate-200" data-testid="security-events">
        {items.map((e) => (
          <li key={e.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 p-3 text-sm">
            <span className={e.type === 'sign_in_failed' ? 'font-medium text-red-700' : 'font-medium'}>
              {SECURITY_EVENT_LABELS[e.type]}
            </span>
            <span className="text-slate-600">
              <time dateTime={e.occurredAt.toISOString()}>{when(e.occurredAt)}</time>
              {/* A long IPv6 address may break anywhere; words ("this computer") only between them. */}
              {e.clientAddress && (
                <span className="ml-2 [overflow-wrap:anywhere]">from {clientAddressLabel(e.clientAddress)}</span>
              )}
            </span>
          </li>
        ))}
      </ul>
      {(page > 1 || hasMore) && (
        <nav aria-label="Security activity pages" className="flex items-center gap-2">
          <button type="button" className={pager} disabled={page === 1} onClick={() => setPage((p) => p - 1)}>
            Newer
          </button>
          <span className="text-sm text-slate-600">Page {page}</span>
          <button type="button" className={pager} disabled={!hasMore} onClick={() => setPage((p) => p + 1)}>
            Older
          </button>
        </nav>
      )}
    </div>
  );
}
