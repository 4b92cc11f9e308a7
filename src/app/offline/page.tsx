import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Offline' };

/** What the service worker (public/sw.js) shows when a page cannot be fetched. */
export default function OfflinePage() {
  return (
    <div className="mx-auto max-w-md rounded-xl bg-white p-8 text-center shadow-sm">
      <h1 className="text-2xl font-bold">You are offline</h1>
      <p className="mt-2 text-slate-600">
        GiveMeJobs needs a connection to search jobs and keep your changes. Nothing you saved is lost: open the page
        again once you are back online.
      </p>
      <Link href="/jobs" className="mt-4 inline-block text-brand-700 underline">
        Try again
      </Link>
    </div>
  );
}
