import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { getServerApi } from '@/trpc/server';
import { JobCard } from '../_components/job-card';

export const metadata: Metadata = { title: 'Jobs' };
export const dynamic = 'force-dynamic';

const searchParamsSchema = z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1) });

export default async function JobsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const { page } = searchParamsSchema.parse(await searchParams);
  const api = await getServerApi();
  const result = await api.jobs.list({ page, limit: 20 });
  return (
    <div className="space-y-4">
      <div className="flex items-baseline justify-between">
        <h1 className="text-2xl font-bold">Open jobs</h1>
        <p className="text-sm text-slate-600" aria-live="polite">
          {result.total.toLocaleString('en-US')} jobs · page {result.page} of {Math.max(result.totalPages, 1)}
        </p>
      </div>
      {result.items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
          No jobs on this page. <Link href="/jobs" className="text-brand-700 underline">Back to the first page</Link>.
        </p>
      ) : (
        <div className="space-y-3">
          {result.items.map((job) => (
            <JobCard key={job.id} job={job} />
          ))}
        </div>
      )}
      <nav aria-label="Pagination" className="flex justify-between pt-2">
        {page > 1 ? (
          <Link href={`/jobs?page=${page - 1}`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm">
            ← Newer
          </Link>
        ) : (
          <span />
        )}
        {page < result.totalPages && (
          <Link href={`/jobs?page=${page + 1}`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm">
            Older →
          </Link>
        )}
      </nav>
    </div>
  );
}
