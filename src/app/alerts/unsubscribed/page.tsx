import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Alerts turned off' };

const MESSAGE: Record<string, string> = {
  unsubscribed: 'Alerts for that saved search are off. You will get no more emails about it.',
  already_off: 'Alerts for that saved search were already off.',
  gone: 'That saved search no longer exists, so it sends nothing.',
};

/** Where the one-click unsubscribe link leads (api/alerts/unsubscribe); no sign-in needed. */
export default async function UnsubscribedPage({ searchParams }: { searchParams: Promise<{ result?: string }> }) {
  const { result } = await searchParams;
  return (
    <div className="mx-auto max-w-lg space-y-3 rounded-xl bg-white p-6 shadow-sm">
      <h1 className="text-xl font-bold">Unsubscribed</h1>
      <p>{MESSAGE[result ?? ''] ?? MESSAGE.unsubscribed}</p>
      <p className="text-sm text-slate-600">
        Your other saved searches are unchanged. To turn this one back on or change how often you hear about new jobs,{' '}
        <Link href="/alerts" className="text-brand-700 underline">
          manage your alerts
        </Link>
        .
      </p>
    </div>
  );
}
