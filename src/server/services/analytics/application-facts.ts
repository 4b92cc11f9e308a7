/**
 * One row per application (applied or later) with what analytics reads: dates, the statuses it
 * reached, the company's first answer (from the events), the job's and company's attributes,
 * the seeker's stored match score for the job and their salary expectation. Shared by the
 * seeker's own analytics, the platform benchmarks and the prediction model's training set.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { ApplicationStatus, CompanySize, RemoteType, SalaryPeriod } from '@/lib/validators/enums';
import type { DbOrTx } from '@/server/db';
import { rowsOf } from '@/server/db/rows';
import { EMPLOYER_RESPONSE_STATUSES } from '../applications/status-machine';
import { annualExpectationUsd } from './salary-expectation';
import { outcomeOf, type Outcome } from './status-sets';

const DAY_MS = 86_400_000;

export interface ApplicationFact extends Outcome {
  id: string;
  userId: string;
  jobId: string;
  status: ApplicationStatus;
  appliedAt: Date;
  /** Days from applying to the first company answer (events only); null without one. */
  responseDays: number | null;
  source: string | null;
  industry: string | null;
  companySize: CompanySize | null;
  remoteType: RemoteType;
  title: string;
  salaryAnnualUsd: number | null;
  /** job_match_scores.composite_score for this seeker and job; null when not scored. */
  matchScore: number | null;
  /** The seeker's minimum salary expectation in USD a year; null when unset. */
  salaryMinAnnualUsd: number | null;
}

interface Row {
  id: string;
  user_id: string;
  job_id: string;
  status: ApplicationStatus;
  applied_ms: number;
  first_response_ms: number | null;
  reached: string[] | null;
  source: string | null;
  industry: string | null;
  company_size: CompanySize | null;
  remote_type: RemoteType;
  title: string;
  salary_annual_usd: number | null;
  match_score: number | null;
  pref_salary_min: number | null;
  pref_salary_currency: string | null;
  pref_salary_period: SalaryPeriod | null;
}

const inList = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/** Every cast is explicit so both drivers (postgres.js, PGlite) hand back plain numbers. */
export async function loadApplicationFacts(
  db: DbOrTx,
  filter: { userId?: string; appliedSince?: Date | null } = {},
): Promise<ApplicationFact[]> {
  const where: SQL[] = [sql`a.applied_at IS NOT NULL`, sql`a.status <> 'saved'`];
  if (filter.userId) where.push(sql`a.user_id = ${filter.userId}`);
  if (filter.appliedSince) where.push(sql`a.applied_at >= ${filter.appliedSince.toISOString()}::timestamptz`);
  const rows = rowsOf<Row>(
    await db.execute(sql`
      SELECT a.id::text AS id, a.user_id::text AS user_id, a.job_id::text AS job_id, a.status::text AS status,
        (extract(epoch FROM a.applied_at) * 1000)::float8 AS applied_ms,
        (extract(epoch FROM ev.first_response_at) * 1000)::float8 AS first_response_ms,
        ev.reached,
        coalesce(a.source, j.source)::text AS source,
        c.industry::text AS industry, c.size::text AS company_size,
        j.remote_type::text AS remote_type, j.title::text AS title, j.salary_annual_usd::int AS salary_annual_usd,
        ms.composite_score::float8 AS match_score,
        p.salary_min::float8 AS pref_salary_min, p.salary_currency::text AS pref_salary_currency,
        p.salary_period::text AS pref_salary_period
      FROM applications a
      JOIN jobs j ON j.id = a.job_id
      LEFT JOIN companies c ON c.id = j.company_id
      LEFT JOIN job_match_scores ms ON ms.user_id = a.user_id AND ms.job_id = a.job_id
      LEFT JOIN preferences p ON p.user_id = a.user_id
      LEFT JOIN LATERAL (
        SELECT array_agg(DISTINCT e.to_status::text) AS reached,
          min(e.occurred_at) FILTER (
            WHERE e.to_status::text IN (${inList(EMPLOYER_RESPONSE_STATUSES)}) AND e.occurred_at >= a.applied_at
          ) AS first_response_at
        FROM application_events e WHERE e.application_id = a.id
      ) ev ON true
      WHERE ${sql.join(where, sql` AND `)}
      ORDER BY a.applied_at, a.id`),
  );
  return rows.map(toFact);
}

function toFact(r: Row): ApplicationFact {
  const reached = [r.status, ...(r.reached ?? [])];
  const appliedMs = Number(r.applied_ms);
  return {
    id: r.id,
    userId: r.user_id,
    jobId: r.job_id,
    status: r.status,
    appliedAt: new Date(appliedMs),
    responseDays: r.first_response_ms === null ? null : (Number(r.first_response_ms) - appliedMs) / DAY_MS,
    source: r.source,
    industry: r.industry,
    companySize: r.company_size,
    remoteType: r.remote_type,
    title: r.title,
    salaryAnnualUsd: r.salary_annual_usd,
    matchScore: r.match_score === null ? null : Number(r.match_score),
    salaryMinAnnualUsd: annualExpectationUsd(r.pref_salary_min, r.pref_salary_period, r.pref_salary_currency),
    ...outcomeOf(reached),
  };
}
