import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Alerts turned off' };

/** What the unsubscribe route did (services/alerts/unsubscribe-response.ts), as heading and sentence. */
const OUTCOME: Record<string, { heading: string; message: string }> = {
  unsubscribed: {
    heading: 'Unsubscribed',
    message: 'Alerts for that saved search are off. You will get no more emails about it.',
  },
  already_off: { heading: 'Alerts already off', message: 'Alerts for that saved search were already off.' },
  gone: { heading: 'Saved search gone', message: 'That saved search no longer exists, so it sends nothing.' },
};

/**
 * Where the one-click unsubscribe link leads (api/alerts/unsubscribe); no sign-in needed. Opened
 * without an outcome (typed, or an old bookmark) it claims nothing: nothing was turned off.
 */
export default async function UnsubscribedPage({ searchParams }: { searchParams: Promise<{ result?: string }> }) {
  const { result } = await searchParams;
  const outcome = typeof result === 'string' && Object.hasOwn(OUTCOME, result) ? OUTCOME[result] : undefined;
  return (
    <div className="mx-auto max-w-lg space-y-3 rounded-xl bg-white p-6 shadow-sm">
      <h1 className="text-xl font-bold">{outcome?.heading ?? 'No alerts changed'}</h1>
      <p>
        {outcome?.message ??
          'This page shows what an unsubscribe link did, and none was used: your alerts are as they were.'}
      </p>
      <p className="text-sm text-slate-600">
        {outcome ? 'Your other saved searches are unchanged. ' : ''}To turn alerts on or off, or change how often you
        hear about new jobs,{' '}
        <Link href="/alerts" className="text-brand-700 underline">
          manage your alerts
        </Link>
        .
      </p>
    </div>
  );
}
