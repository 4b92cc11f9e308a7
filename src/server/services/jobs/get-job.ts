import { and, eq, sql, type SQL } from 'drizzle-orm';
import { jobSourceLabel } from '@/lib/job-source';
import { jobByIdInput, type JobDetail } from '@/lib/validators/jobs';
import type { DbOrTx } from '@/server/db';
import { preparedPerDatabase } from '@/server/db/prepared-query';
import { companies, jobs } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { onetTitle } from '../matching/occupation-rows';
import { jobSummaryColumns, toJobSummary } from './job-columns';
import { recruitsHere } from './recruits-here';
import { jobVisibleTo } from './visibility';

/** One job with its company; closed jobs stay readable so saved links keep working. */
const occupationOf = (code: string | null) => {
  const title = code ? onetTitle(code) : null;
  return code && title ? { code, title } : null;
};

/**
 * The posting's sources: the original job and its open cross-source copies, the original first.
 * The job asked for is always listed, even when closed, so its own link is never lost. A column
 * of the job's own row (one statement per job page, not two).
 */
const original = sql`coalesce(${jobs.duplicateOf}, ${jobs.id})`;
// As text, parsed here: both drivers then hand over the same string (as count-matches.ts does).
const postingSources = sql<string>`(
  SELECT coalesce(json_agg(json_build_object('source', s.source, 'applyUrl', s.apply_url)
    ORDER BY s.id = ${original} DESC, s.created_at ASC, s.id ASC), '[]'::json)::text
  FROM ${jobs} s
  WHERE (s.id = ${original} OR s.duplicate_of = ${original})
    AND (s.id = ${jobs.id} OR s.id = ${original} OR s.status = 'open'))`;

const sourcesOf = (json: string): JobDetail['postedOn'] =>
  (JSON.parse(json) as { source: string; applyUrl: string | null }[]).map((r) => ({
    label: jobSourceLabel(r.source),
    applyUrl: r.applyUrl,
  }));

const detailColumns = {
  ...jobSummaryColumns,
  description: jobs.description,
  requiredYears: jobs.requiredYears,
  status: jobs.status,
  source: jobs.source,
  applyUrl: jobs.applyUrl,
  duplicateOf: jobs.duplicateOf,
  occupationCode: jobs.occupationCode,
  companyId: companies.id,
  companyRowName: companies.name,
  industry: companies.industry,
  size: companies.size,
  website: companies.website,
  recruitsHere: recruitsHere(companies.id),
  postedOn: postingSources,
};

/** The job page's one statement, built once (prepared-query.ts): for anyone, and for a signed-in viewer. */
const jobDetailQuery = (db: DbOrTx, visible: SQL, name: string) =>
  db
    .select(detailColumns)
    .from(jobs)
    .leftJoin(companies, eq(companies.id, jobs.companyId))
    .where(and(eq(jobs.id, sql.placeholder('id')), visible))
    .limit(1)
    .prepare(name);
const jobForAnyone = preparedPerDatabase((db) => jobDetailQuery(db, jobVisibleTo(null), 'job_detail'));
const jobForViewer = preparedPerDatabase((db) =>
  jobDetailQuery(db, jobVisibleTo(sql.placeholder('viewerId')), 'job_detail_for_viewer'),
);

/** `viewerId`: the signed-in caller, who alone may open the private jobs they added by hand. */
export async function getJob(db: DbOrTx, raw: { id: string }, viewerId: string | null): Promise<JobDetail> {
  const { id } = jobByIdInput.parse(raw);
  const [row] = await (viewerId ? jobForViewer(db).execute({ id, viewerId }) : jobForAnyone(db).execute({ id }));
  if (!row) throw new AppError('NOT_FOUND', 'This job does not exist or was removed.');
  return {
    ...toJobSummary(row),
    description: row.description,
    requiredYears: row.requiredYears,
    status: row.status,
    source: row.source,
    applyUrl: row.applyUrl,
    postedOn: sourcesOf(row.postedOn),
    occupation: occupationOf(row.occupationCode),
    company:
      row.companyId && row.companyRowName
        ? {
            id: row.companyId,
            name: row.companyRowName,
            industry: row.industry,
            size: row.size,
            website: row.website,
            recruitsHere: row.recruitsHere,
          }
        : null,
  };
}
