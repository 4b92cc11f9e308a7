import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getSession } from '@/server/auth/session';
import { getServerApi } from '@/trpc/server';
import { CompanyGate } from '../../_components/company-gate';
import { JobPostForm } from '../../_components/job-post-form';

export const metadata: Metadata = { title: 'Post a job' };
export const dynamic = 'force-dynamic';

export default async function NewJobPage() {
  const session = await getSession();
  if (!session) redirect('/sign-in?callbackUrl=/recruiter/jobs/new');
  if (session.user.role === 'seeker') redirect('/jobs');
  // No form for someone who may not post yet: they see what to do instead.
  const gate = CompanyGate({ mine: await (await getServerApi()).company.mine() });
  if (gate) return gate;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Post a job</h1>
      <JobPostForm />
    </div>
  );
}
