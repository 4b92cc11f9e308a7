import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getSession } from '@/server/auth/session';
import { JobPostForm } from '../../_components/job-post-form';

export const metadata: Metadata = { title: 'Post a job' };
export const dynamic = 'force-dynamic';

export default async function NewJobPage() {
  const session = await getSession();
  if (!session) redirect('/sign-in?callbackUrl=/recruiter/jobs/new');
  if (session.user.role === 'seeker') redirect('/jobs');
  return (
    <div className="space-y-4">
      <Link href="/recruiter" className="text-sm text-brand-700 hover:underline">
        ← Dashboard
      </Link>
      <h1 className="text-2xl font-bold">Post a job</h1>
      <JobPostForm />
    </div>
  );
}
