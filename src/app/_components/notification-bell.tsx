'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useTRPC } from '@/trpc/react';

/** Polled once a minute: new alerts arrive hourly at most, so a push channel would buy little. */
const POLL_MS = 60_000;

/** The header's bell: unread count, leading to the notification centre. */
export function NotificationBell({ className = '' }: { className?: string }) {
  const trpc = useTRPC();
  const { data } = useQuery(
    trpc.notifications.unreadCount.queryOptions(undefined, { refetchInterval: POLL_MS, refetchOnWindowFocus: true }),
  );
  const count = data?.count ?? 0;
  const shown = count > 99 ? '99+' : String(count);
  return (
    <Link
      href="/notifications"
      aria-label={count > 0 ? `Notifications, ${count} unread` : 'Notifications'}
      data-testid="notification-bell"
      // Set once the count has loaded (tests wait for it rather than read a not-yet-fetched zero).
      data-count={data ? count : undefined}
      className={`relative inline-flex h-9 w-9 items-center justify-center rounded-md hover:bg-slate-100 ${className}`}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="h-5 w-5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
      >
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" strokeLinecap="round" strokeLinejoin="round" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      {count > 0 && (
        <span
          data-testid="notification-count"
          className="absolute -top-0.5 -right-0.5 min-w-[1.15rem] rounded-full bg-red-600 px-1 text-center text-[0.7rem] leading-[1.15rem] font-semibold text-white"
        >
          {shown}
        </span>
      )}
    </Link>
  );
}
