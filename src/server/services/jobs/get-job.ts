import { eq } from 'drizzle-orm';
import { jobByIdInput, type JobDetail } from '@/lib/validators/jobs';
import type { DbOrTx } from '@/server/db';
import { companies, jobs } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { onetTitle } from '../matching/occupation-rows';
import { jobSummaryColumns, toJobSummary } from './job-columns';

/** One job with its company; closed jobs stay readable so saved links keep working. */
const occupationOf = (code: string | null) => {
  const title = code ? onetTitle(code) : null;
  return code && title ? { code, title } : null;
};

export async function getJob(db: DbOrTx, raw: { id: string }): Promise<JobDetail> {
  const { id } = jobByIdInput.parse(raw);
  const [row] = await db
    .select({
      ...jobSummaryColumns,
      description: jobs.description,
      requiredYears: jobs.requiredYears,
      status: jobs.status,
      source: jobs.source,
      applyUrl: jobs.applyUrl,
      occupationCode: jobs.occupationCode,
      companyId: companies.id,
      companyRowName: companies.name,
      industry: companies.industry,
      size: companies.size,
      website: companies.website,
    })
    .from(jobs)
    .leftJoin(companies, eq(companies.id, jobs.companyId))
    .where(eq(jobs.id, id))
    .limit(1);
  if (!row) throw new AppError('NOT_FOUND', 'This job does not exist or was removed.');
  return {
    ...toJobSummary(row),
    description: row.description,
    requiredYears: row.requiredYears,
    status: row.status,
    source: row.source,
    applyUrl: row.applyUrl,
    occupation: occupationOf(row.occupationCode),
    company:
      row.companyId && row.companyRowName
        ? {
            id: row.companyId,
            name: row.companyRowName,
            industry: row.industry,
            size: row.size,
            website: row.website,
          }
        : null,
  };
}
