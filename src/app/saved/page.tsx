import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getSession } from '@/server/auth/session';
import { getServerApi } from '@/trpc/server';
import { JobCard } from '../_components/job-card';
import { SaveJobButton } from '../_components/save-job-button';

export const metadata: Metadata = { title: 'Saved jobs' };
export const dynamic = 'force-dynamic';

export default async function SavedJobsPage() {
  if (!(await getSession())) redirect('/sign-in?callbackUrl=/saved');
  const api = await getServerApi();
  const saved = await api.applications.saved();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Saved jobs</h1>
      {/* A saved job leaves this list once applied to: without this line the seeker thought it lost. */}
      <p className="text-sm text-slate-600">
        A saved job you apply to moves to{' '}
        <Link href="/applications" className="text-brand-700 underline">
          your applications
        </Link>
        , where you track it.
      </p>
      {saved.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
          Nothing saved yet. <Link href="/jobs" className="text-brand-700 underline">Search jobs</Link> and save the ones you like.
        </p>
      ) : (
        saved.map((s) => (
          // The star sits in its card, as on the search page, not below it.
          <JobCard key={s.applicationId} job={s.job}>
            <div className="flex items-center gap-3 text-sm text-slate-600">
              <SaveJobButton jobId={s.job.id} initialStatus="saved" signedIn />
              {s.job.status === 'closed' && <span>This job has closed.</span>}
            </div>
          </JobCard>
        ))
      )}
    </div>
  );
}
