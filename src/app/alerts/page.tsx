import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getSession } from '@/server/auth/session';
import { getServerApi } from '@/trpc/server';
import { SavedSearchList } from './saved-search-list';

export const metadata: Metadata = { title: 'Saved searches and alerts' };
export const dynamic = 'force-dynamic';

export default async function AlertsPage() {
  if (!(await getSession())) redirect('/sign-in?callbackUrl=/alerts');
  const searches = await (await getServerApi()).alerts.list();
  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold">Saved searches and alerts</h1>
        <p className="text-sm text-slate-600">
          New jobs matching a saved search come to your{' '}
          <Link href="/notifications" className="text-brand-700 underline">
            notifications
          </Link>{' '}
          and your inbox, as one digest: instantly (checked at least hourly), daily or weekly. Save a search from the{' '}
          <Link href="/jobs" className="text-brand-700 underline">
            job search
          </Link>
          .
        </p>
      </div>
      <SavedSearchList initial={searches} />
    </div>
  );
}
