import { desc, eq, sql } from 'drizzle-orm';
import type { RecruiterJobList } from '@/lib/validators/recruiter';
import type { Database } from '@/server/db';
import { applications, jobs } from '@/server/db/schema';
import type { Actor } from '../actor';
import { jobSummaryColumns, toJobSummary } from '../jobs/job-columns';
import { recruiterCompany } from './recruiter-company';

/** The recruiter's company jobs, newest first, with pipeline counts (saved lists are private: not counted). */
export async function listCompanyJobs(db: Database, actor: Actor): Promise<RecruiterJobList> {
  const company = await recruiterCompany(db, actor);
  const rows = await db
    .select({
      ...jobSummaryColumns,
      status: jobs.status,
      applicants: sql<number>`count(${applications.id}) FILTER (WHERE ${applications.status} <> 'saved')`.mapWith(
        Number,
      ),
      interviewing:
        sql<number>`count(${applications.id}) FILTER (WHERE ${applications.status} IN ('interview_scheduled', 'interview_completed'))`.mapWith(
          Number,
        ),
      offers:
        sql<number>`count(${applications.id}) FILTER (WHERE ${applications.status} IN ('offer_received', 'accepted'))`.mapWith(
          Number,
        ),
    })
    .from(jobs)
    .leftJoin(applications, eq(applications.jobId, jobs.id))
    .where(eq(jobs.companyId, company.id))
    .groupBy(jobs.id)
    .orderBy(desc(jobs.postedAt))
    .limit(500);
  const now = Date.now();
  return {
    company,
    jobs: rows.map((r) => ({
      ...toJobSummary(r, now),
      status: r.status,
      applicants: r.applicants,
      interviewing: r.interviewing,
      offers: r.offers,
    })),
  };
}
