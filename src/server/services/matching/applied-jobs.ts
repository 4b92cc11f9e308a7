/** The seeker's applications to some jobs, so a match list shows them instead of offering them as new. */
import { and, eq, inArray, ne, sql, type Column, type Placeholder, type SQL } from 'drizzle-orm';
import type { ApplicationStatus } from '@/lib/validators/enums';
import type { DbOrTx } from '@/server/db';
import { applications } from '@/server/db/schema';

export interface JobApplication {
  id: string;
  status: ApplicationStatus;
}

/** 'saved' is a bookmark, not an application, and is left out. */
const isApplication = ne(applications.status, 'saved');

/**
 * The seeker's application to the job in `jobId` as a column (JSON text, null when none): a list
 * that reads its jobs anyway (stored-matches.ts) then needs no second statement.
 */
export const applicationColumn = (userId: string | Placeholder, jobId: Column): SQL<string | null> =>
  sql<string | null>`(SELECT json_build_object('id', ${applications.id}, 'status', ${applications.status})::text
    FROM ${applications} WHERE ${applications.userId} = ${userId} AND ${applications.jobId} = ${jobId} AND ${isApplication})`;

export const parseApplicationColumn = (text: string | null): JobApplication | null =>
  text === null ? null : (JSON.parse(text) as JobApplication);

/** By job id. */
export async function applicationsByJob(
  db: DbOrTx,
  userId: string,
  jobIds: readonly string[],
): Promise<Map<string, JobApplication>> {
  if (jobIds.length === 0) return new Map();
  const rows = await db
    .select({ id: applications.id, jobId: applications.jobId, status: applications.status })
    .from(applications)
    .where(and(eq(applications.userId, userId), inArray(applications.jobId, [...jobIds]), isApplication));
  return new Map(rows.map((r) => [r.jobId, { id: r.id, status: r.status }]));
}
