import { count, desc, eq } from 'drizzle-orm';
import { listJobsInput, type JobListOutput, type ListJobsInput } from '@/lib/validators/jobs';
import type { DbOrTx } from '@/server/db';
import { jobs } from '@/server/db/schema';
import { jobSummaryColumns, toJobSummary } from './job-columns';

/** Newest open jobs first; served by the partial index on posted_at. */
export async function listJobs(db: DbOrTx, raw: ListJobsInput): Promise<JobListOutput> {
  const { page, limit } = listJobsInput.parse(raw);
  const open = eq(jobs.status, 'open');
  const [rows, totals] = await Promise.all([
    db
      .select(jobSummaryColumns)
      .from(jobs)
      .where(open)
      .orderBy(desc(jobs.postedAt), desc(jobs.id))
      .limit(limit)
      .offset((page - 1) * limit),
    db.select({ total: count() }).from(jobs).where(open),
  ]);
  const total = totals[0]?.total ?? 0;
  const now = Date.now();
  return {
    items: rows.map((r) => toJobSummary(r, now)),
    page,
    limit,
    total,
    totalPages: Math.ceil(total / limit),
  };
}
