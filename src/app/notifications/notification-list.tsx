'use client';

import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import type { NotificationOutput } from '@/lib/validators/notifications';
import { useTRPC } from '@/trpc/react';
import { useLocalTime } from '../_components/use-local-time';

const PAGE = 20;

const TYPE_LABEL: Record<NotificationOutput['type'], string> = {
  welcome: 'Welcome',
  job_alert: 'Job alert',
  application_update: 'Application',
  system: 'Notice',
};

const WHEN: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

/**
 * Newest first, PAGE at a time ("Show older"); mark one or all read. `seeker`: the empty list
 * points to job alerts, which only seekers have.
 */
export function NotificationList({ seeker }: { seeker: boolean }) {
  const when = useLocalTime(WHEN);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useInfiniteQuery(
    trpc.notifications.list.infiniteQueryOptions(
      { limit: PAGE },
      { getNextPageParam: (last) => (last.length === PAGE ? last.at(-1)?.id : undefined) },
    ),
  );
  // The list and the header's bell both change.
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.notifications.list.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.notifications.unreadCount.queryKey() }),
    ]);
  const markRead = useMutation(trpc.notifications.markRead.mutationOptions({ onSuccess: refresh }));
  const markAll = useMutation(trpc.notifications.markAllRead.mutationOptions({ onSuccess: refresh }));

  const items = list.data?.pages.flat() ?? [];
  const unread = items.some((n) => !n.read);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">Notifications</h1>
        <button
          type="button"
          disabled={!unread || markAll.isPending}
          onClick={() => markAll.mutate()}
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-50"
        >
          Mark all as read
        </button>
      </div>
      {list.isPending && <p className="text-sm text-slate-600">Loading…</p>}
      {list.isError && (
        <p role="alert" className="text-sm text-red-700">
          {list.error.message}
        </p>
      )}
      {list.isSuccess && items.length === 0 && (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
          {seeker ? (
            <>
              Nothing yet. Save a search with alerts on the{' '}
              <Link href="/jobs" className="text-brand-700 underline">
                job search
              </Link>{' '}
              and new jobs will show up here.
            </>
          ) : (
            'Nothing yet. Notices about your account and your company will show up here.'
          )}
        </p>
      )}
      <ul className="space-y-3">
        {items.map((n) => (
          <li
            key={n.id}
            data-testid="notification"
            data-read={n.read}
            className={`rounded-xl border bg-white p-4 shadow-sm ${n.read ? 'border-slate-200' : 'border-brand-600'}`}
          >
            <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
              <h2 className="font-semibold break-words">
                {!n.read && <span className="sr-only">Unread: </span>}
                {n.title}
              </h2>
              <p className="text-xs text-slate-500">
                {TYPE_LABEL[n.type]} · {when(n.createdAt)}
              </p>
            </div>
            <p className="mt-2 text-sm break-words whitespace-pre-line text-slate-700">{n.body}</p>
            <div className="mt-3 flex flex-wrap gap-3 text-sm">
              {n.link && (
                <Link
                  href={n.link}
                  className="text-brand-700 underline"
                  onClick={() => !n.read && markRead.mutate({ id: n.id })}
                >
                  {n.type === 'job_alert' ? 'See the jobs' : 'Open'}
                </Link>
              )}
              {!n.read && (
                <button
                  type="button"
                  onClick={() => markRead.mutate({ id: n.id })}
                  className="text-slate-600 underline hover:text-slate-900"
                >
                  Mark as read
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      {list.hasNextPage && (
        <button
          type="button"
          onClick={() => void list.fetchNextPage()}
          disabled={list.isFetchingNextPage}
          className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100"
        >
          {list.isFetchingNextPage ? 'Loading…' : 'Show older'}
        </button>
      )}
    </div>
  );
}
