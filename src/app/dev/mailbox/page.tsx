import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { env } from '@/env';
import { latestDevMail } from '@/server/adapters/mail';
import { getDatabase } from '@/server/db';

export const metadata: Metadata = { title: 'Dev mailbox' };
export const dynamic = 'force-dynamic';

/** Mail the app "sent" with no SMTP_URL. Development only: it shows every user's mail. */
export default async function DevMailboxPage() {
  if (env.NODE_ENV !== 'development' || env.SMTP_URL) notFound();
  const mail = await latestDevMail((await getDatabase()).db);
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold">Dev mailbox</h1>
      <p className="text-sm text-slate-600">The latest 50 messages. Set SMTP_URL to send real mail instead.</p>
      {mail.length === 0 && <p className="text-sm">No mail yet.</p>}
      {mail.map((m) => (
        <article key={m.id} className="rounded-xl bg-white p-4 shadow-sm" data-testid="dev-mail">
          <h2 className="font-semibold">{m.subject}</h2>
          <p className="text-xs text-slate-500">
            to {m.to} · {m.createdAt.toISOString()}
          </p>
          <pre className="mt-2 text-sm whitespace-pre-wrap">{m.text}</pre>
        </article>
      ))}
    </div>
  );
}
