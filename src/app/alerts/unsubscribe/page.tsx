import type { Metadata } from 'next';
import Link from 'next/link';
import { UNSUBSCRIBE_TOKEN } from '@/lib/validators/alerts';
import { getSession } from '@/server/auth/session';
import { getServerApi } from '@/trpc/server';

export const metadata: Metadata = { title: 'Stop job alerts' };
export const dynamic = 'force-dynamic';

const card = 'mx-auto max-w-lg space-y-3 rounded-xl bg-white p-6 shadow-sm';
const manage = (
  <Link href="/alerts" className="text-brand-700 underline">
    manage your alerts
  </Link>
);

/**
 * Where the alert mail's unsubscribe link leads (api/alerts/unsubscribe): it asks before turning
 * anything off, since mail scanners open every link in a message. No sign-in needed.
 */
export default async function UnsubscribePage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const { token } = await searchParams;
  const t = typeof token === 'string' && UNSUBSCRIBE_TOKEN.test(token) ? token : null;
  const target = t ? await (await getServerApi()).alerts.unsubscribeTarget({ token: t }) : null;
  if (!t || !target) {
    const signedIn = (await getSession()) !== null;
    return (
      <div className={card}>
        <h1 className="text-xl font-bold">This link does not work</h1>
        <p>
          The unsubscribe link is not valid, or its saved search no longer exists. You can still {manage}
          {signedIn ? '' : ' once signed in'}.
        </p>
      </div>
    );
  }
  if (!target.alertsOn) {
    return (
      <div className={card}>
        <h1 className="text-xl font-bold">Alerts already off</h1>
        <p>
          Alerts for “<span className="break-words">{target.name}</span>” are already off. To turn them back on,{' '}
          {manage}.
        </p>
      </div>
    );
  }
  return (
    <div className={card}>
      <h1 className="text-xl font-bold">Stop these job alerts?</h1>
      <p>
        You will get no more emails about new jobs for “<span className="break-words">{target.name}</span>”. Your other
        saved searches are unchanged.
      </p>
      <form
        method="post"
        action={`/api/alerts/unsubscribe?token=${encodeURIComponent(t)}`}
        className="flex flex-wrap items-center gap-3"
      >
        <button
          type="submit"
          name="confirm"
          value="1"
          className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
        >
          Turn off these alerts
        </button>
        <Link href="/" className="text-sm text-slate-600 underline">
          Keep them
        </Link>
      </form>
    </div>
  );
}
