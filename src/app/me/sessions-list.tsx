'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { clientAddressLabel } from '@/lib/client-address';
import { useTRPC } from '@/trpc/react';
import { formatDate } from '../_components/format';

/** A short name for a user agent: enough to tell a phone from a laptop. */
function deviceName(ua: string | null): string {
  if (!ua) return 'Unknown device';
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /Chrome\//.test(ua)
      ? 'Chrome'
      : /Firefox\//.test(ua)
        ? 'Firefox'
        : /Safari\//.test(ua)
          ? 'Safari'
          : null;
  const os = /Android/.test(ua)
    ? 'Android'
    : /iPhone|iPad/.test(ua)
      ? 'iOS'
      : /Mac OS X/.test(ua)
        ? 'macOS'
        : /Windows/.test(ua)
          ? 'Windows'
          : /Linux/.test(ua)
            ? 'Linux'
            : null;
  return browser && os ? `${browser} on ${os}` : ua.slice(0, 60);
}

export function SessionsList() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const sessions = useQuery(trpc.account.sessions.queryOptions());
  const end = useMutation(
    trpc.account.endSession.mutationOptions({
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.account.sessions.queryKey() }),
    }),
  );

  if (sessions.isPending) return <p className="text-sm text-slate-600">Loading sessions…</p>;
  if (sessions.error) return <p className="text-sm text-red-700">{sessions.error.message}</p>;
  return (
    <div className="space-y-2">
      <ul className="divide-y divide-slate-200 rounded-md border border-slate-200" data-testid="sessions">
        {sessions.data.map((s) => (
          <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 p-3 text-sm">
            <div className="min-w-0">
              <p className="font-medium">
                {deviceName(s.userAgent)}
                {s.current && (
                  <span className="ml-2 rounded bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-700">
                    This device
                  </span>
                )}
              </p>
              <p className="text-xs text-slate-500">
                Signed in {formatDate(s.createdAt)} · last seen {formatDate(s.lastSeenAt)}
                {s.clientAddress ? ` · from ${clientAddressLabel(s.clientAddress)}` : ''}
              </p>
            </div>
            {!s.current && (
              <button
                type="button"
                onClick={() => end.mutate({ id: s.id })}
                disabled={end.isPending}
                className="rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-50 disabled:opacity-60"
              >
                Sign out
              </button>
            )}
          </li>
        ))}
        {sessions.data.length === 0 && <li className="p-3 text-sm text-slate-600">No other sessions.</li>}
      </ul>
      {end.error && (
        <p role="alert" className="text-sm text-red-700">
          {end.error.message}
        </p>
      )}
    </div>
  );
}
