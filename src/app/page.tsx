import Link from 'next/link';
import { getServerApi } from '@/trpc/server';
import { JobCard } from './_components/job-card';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const api = await getServerApi();
  const latest = await api.jobs.list({ page: 1, limit: 5 });
  return (
    <div className="space-y-8">
      <section className="rounded-xl bg-white p-8 shadow-sm">
        <h1 className="text-3xl font-bold tracking-tight">Find work that fits you.</h1>
        <p className="mt-2 max-w-2xl text-slate-600">
          Browse {latest.total.toLocaleString('en-US')} open jobs, see why each one matches your profile, and track every
          application in one place.
        </p>
        <div className="mt-4 flex gap-3">
          <Link href="/jobs" className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
            Browse jobs
          </Link>
          <Link href="/sign-up" className="rounded-md border border-slate-300 px-4 py-2 font-medium hover:bg-slate-100">
            Create an account
          </Link>
        </div>
      </section>
      <section aria-labelledby="latest-heading" className="space-y-3">
        <h2 id="latest-heading" className="text-xl font-semibold">
          Latest jobs
        </h2>
        {latest.items.map((job) => (
          <JobCard key={job.id} job={job} />
        ))}
      </section>
    </div>
  );
}
