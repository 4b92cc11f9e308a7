import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getSession } from '@/server/auth/session';
import { AcceptInvitation } from '../../_components/accept-invitation';

export const metadata: Metadata = { title: 'Join your company', referrer: 'no-referrer' };
export const dynamic = 'force-dynamic';

/** An invitation link's landing page: sign in (or up) as a recruiter, then join with one click. */
export default async function JoinPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const here = `/recruiter/join/${encodeURIComponent(token)}`;
  const session = await getSession();
  if (!session) {
    return (
      <div className="mx-auto max-w-md space-y-3 rounded-xl bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-bold">You are invited</h1>
        <p className="text-slate-600">
          A colleague invited you to recruit for their company on GiveMeJobs. Sign in, or create a recruiter account
          (choose “hiring”) and open this link again.
        </p>
        <div className="flex flex-wrap gap-2">
          <Link
            href={`/sign-in?callbackUrl=${encodeURIComponent(here)}`}
            className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
          >
            Sign in
          </Link>
          <Link href="/sign-up" className="rounded-md border border-slate-300 px-4 py-2 text-sm font-medium hover:bg-slate-100">
            Create an account
          </Link>
        </div>
      </div>
    );
  }
  if (session.user.role === 'seeker') redirect('/jobs');
  return (
    <div className="mx-auto max-w-md space-y-3 rounded-xl bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-bold">Join your company</h1>
      <p className="text-slate-600">This invitation makes you a recruiter of your colleague’s company. It works once.</p>
      <AcceptInvitation token={token} />
    </div>
  );
}
