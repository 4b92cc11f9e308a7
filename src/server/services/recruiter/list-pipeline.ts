import { and, count, desc, eq, ne, sql } from 'drizzle-orm';
import { pipelineQuery, type PipelineOutput, type PipelineQuery } from '@/lib/validators/recruiter';
import type { Database } from '@/server/db';
import { applications, jobs, users } from '@/server/db/schema';
import type { Actor } from '../actor';
import { recruiterCompany } from './recruiter-company';

/** Every application to the company's jobs (never a seeker's private bookmark), newest first. */
export async function listPipeline(db: Database, actor: Actor, raw: PipelineQuery = {}): Promise<PipelineOutput> {
  const query = pipelineQuery.parse(raw);
  const company = await recruiterCompany(db, actor);
  const where = and(
    eq(jobs.companyId, company.id),
    ne(applications.status, 'saved'),
    query.status ? eq(applications.status, query.status) : undefined,
  );
  const [[total], rows] = await Promise.all([
    db
      .select({ n: count() })
      .from(applications)
      .innerJoin(jobs, eq(jobs.id, applications.jobId))
      .where(where),
    db
      .select({
        applicationId: applications.id,
        firstName: users.firstName,
        lastName: users.lastName,
        headline: users.professionalHeadline,
        jobId: jobs.id,
        jobTitle: jobs.title,
        status: applications.status,
        appliedAt: applications.appliedAt,
      })
      .from(applications)
      .innerJoin(jobs, eq(jobs.id, applications.jobId))
      .innerJoin(users, eq(users.id, applications.userId))
      .where(where)
      .orderBy(desc(sql`coalesce(${applications.appliedAt}, ${applications.createdAt})`), desc(applications.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
  ]);
  return {
    total: total?.n ?? 0,
    page: query.page,
    pageSize: query.pageSize,
    items: rows.map((r) => ({
      applicationId: r.applicationId,
      name: `${r.firstName} ${r.lastName}`,
      headline: r.headline,
      job: { id: r.jobId, title: r.jobTitle },
      status: r.status,
      appliedAt: r.appliedAt,
    })),
  };
}
