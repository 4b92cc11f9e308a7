/** The seeker's applications to some jobs, so a match list shows them instead of offering them as new. */
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { ApplicationStatus } from '@/lib/validators/enums';
import type { DbOrTx } from '@/server/db';
import { applications } from '@/server/db/schema';

export interface JobApplication {
  id: string;
  status: ApplicationStatus;
}

/** By job id; 'saved' is a bookmark, not an application, and is left out. */
export async function applicationsByJob(
  db: DbOrTx,
  userId: string,
  jobIds: readonly string[],
): Promise<Map<string, JobApplication>> {
  if (jobIds.length === 0) return new Map();
  const rows = await db
    .select({ id: applications.id, jobId: applications.jobId, status: applications.status })
    .from(applications)
    .where(and(eq(applications.userId, userId), inArray(applications.jobId, [...jobIds]), ne(applications.status, 'saved')));
  return new Map(rows.map((r) => [r.jobId, { id: r.id, status: r.status }]));
}
