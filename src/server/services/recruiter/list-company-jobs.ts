import { and, count, desc, eq, exists, ilike, not, sql, type SQL } from 'drizzle-orm';
import { recruiterJobsQuery, type RecruiterJobList, type RecruiterJobsQuery } from '@/lib/validators/recruiter';
import type { Database } from '@/server/db';
import { applications, jobs } from '@/server/db/schema';
import type { Actor } from '../actor';
import { jobSummaryColumns, toJobSummary } from '../jobs/job-columns';
import { recruiterCompany } from './recruiter-company';
import { listedStatus } from '../jobs/listed-status';

/** LIKE wildcards in the recruiter's words are literal characters, not patterns. */
const likeLiteral = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * One page of the recruiter's company jobs, newest first, with pipeline counts (saved lists are
 * private: not counted). Search matches the title or the location; filters narrow by status,
 * work arrangement and whether anyone applied.
 */
export async function listCompanyJobs(
  db: Database,
  actor: Actor,
  raw: RecruiterJobsQuery = {},
): Promise<RecruiterJobList> {
  const query = recruiterJobsQuery.parse(raw);
  const company = await recruiterCompany(db, actor);
  const applied = exists(
    db
      .select({ one: sql`1` })
      .from(applications)
      .where(and(eq(applications.jobId, jobs.id), sql`${applications.status} <> 'saved'`)),
  );
  const filters: SQL[] = [eq(jobs.companyId, company.id)];
  if (query.q) {
    const pattern = `%${likeLiteral(query.q)}%`;
    filters.push(sql`(${ilike(jobs.title, pattern)} OR ${ilike(jobs.location, pattern)})`);
  }
  if (query.status) filters.push(eq(jobs.status, query.status));
  if (query.remoteType) filters.push(eq(jobs.remoteType, query.remoteType));
  if (query.hasApplicants !== undefined) filters.push(query.hasApplicants ? applied : not(applied));
  const where = and(...filters);

  const [[total], [companyTotal], rows] = await Promise.all([
    db.select({ n: count() }).from(jobs).where(where),
    db.select({ n: count() }).from(jobs).where(eq(jobs.companyId, company.id)),
    db
      .select({
        ...jobSummaryColumns,
        status: jobs.status,
        applicants:
          sql<number>`count(${applications.id}) FILTER (WHERE ${applications.status} <> 'saved')`.mapWith(Number),
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
      .where(where)
      .groupBy(jobs.id)
      .orderBy(desc(jobs.postedAt), desc(jobs.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
  ]);
  const now = Date.now();
  return {
    company,
    total: total?.n ?? 0,
    companyTotal: companyTotal?.n ?? 0,
    page: query.page,
    pageSize: query.pageSize,
    jobs: rows.map((r) => ({
      ...toJobSummary(r, now),
      status: listedStatus(r.status),
      applicants: r.applicants,
      interviewing: r.interviewing,
      offers: r.offers,
    })),
  };
}
