import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getSession } from '@/server/auth/session';
import { SourcesManager } from './sources-manager';

export const metadata: Metadata = { title: 'Job sources' };
export const dynamic = 'force-dynamic';

/** Operators: the job boards and career pages jobs are fetched from, their runs and problems. */
export default async function SourcesPage() {
  const session = await getSession();
  if (!session) redirect('/sign-in?callbackUrl=/admin/sources');
  if (session.user.role !== 'admin') {
    return (
      <div className="rounded-lg bg-white p-8 text-center text-slate-600 shadow-sm">
        <h1 className="text-xl font-bold text-slate-900">Job sources</h1>
        <p className="mt-2">Only operators manage job sources.</p>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Job sources</h1>
      <p className="text-sm text-slate-600">
        Public job-board APIs (Greenhouse, Lever, Ashby, SmartRecruiters, Workable, Recruitee), the Remotive and Arbeitnow
        feeds, and career pages that embed schema.org JobPosting data. Each source runs on its schedule; a replay writes
        nothing, jobs that leave a board are closed, and records that cannot be read are kept aside with the reason.
      </p>
      <SourcesManager />
    </div>
  );
}
