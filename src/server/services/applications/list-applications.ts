import { and, eq, gte, ilike, inArray, lt, sql, type SQL } from 'drizzle-orm';
import {
  listApplicationsInput,
  type ApplicationList,
  type ApplicationSort,
  type ListApplicationsInput,
  type SortDirection,
} from '@/lib/validators/applications';
import type { DbOrTx } from '@/server/db';
import { applications, jobs } from '@/server/db/schema';
import { applicationItemColumns, toApplicationItem } from './application-columns';

const SORT_COLUMN: Record<ApplicationSort, SQL> = {
  updated: sql`${applications.updatedAt}`,
  applied: sql`${applications.appliedAt}`,
  company: sql`lower(${jobs.companyName})`,
  title: sql`lower(${jobs.title})`,
  // The enum sorts in declaration order, which is pipeline order.
  status: sql`${applications.status}`,
  followUp: sql`${applications.followUpDate}`,
};

const DEFAULT_DIRECTION: Record<ApplicationSort, SortDirection> = {
  updated: 'desc',
  applied: 'desc',
  company: 'asc',
  title: 'asc',
  status: 'asc',
  followUp: 'asc',
};

const DAY_MS = 86_400_000;
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The applicant's own applications, filtered and sorted; missing dates sort last either way. */
export async function listApplications(
  db: DbOrTx,
  userId: string,
  raw: ListApplicationsInput = {},
): Promise<ApplicationList> {
  const input = listApplicationsInput.parse(raw);
  const conditions: SQL[] = [eq(applications.userId, userId)];
  if (input.status) conditions.push(inArray(applications.status, input.status));
  if (input.company) conditions.push(ilike(jobs.companyName, `%${escapeLike(input.company)}%`));
  if (input.appliedFrom) conditions.push(gte(applications.appliedAt, new Date(`${input.appliedFrom}T00:00:00Z`)));
  if (input.appliedTo) {
    conditions.push(lt(applications.appliedAt, new Date(Date.parse(`${input.appliedTo}T00:00:00Z`) + DAY_MS)));
  }

  const dir = input.dir ?? DEFAULT_DIRECTION[input.sort];
  const order = sql`${SORT_COLUMN[input.sort]} ${sql.raw(dir === 'asc' ? 'ASC' : 'DESC')} NULLS LAST`;
  const rows = await db
    .select({ ...applicationItemColumns, total: sql<number>`count(*) OVER ()`.mapWith(Number) })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(and(...conditions))
    .orderBy(order, sql`${applications.updatedAt} DESC`, applications.id)
    .limit(input.limit);
  return {
    items: rows.map(({ total: _total, ...row }) => toApplicationItem(row)),
    total: rows[0]?.total ?? 0,
  };
}
