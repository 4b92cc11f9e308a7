import { and, eq, inArray } from 'drizzle-orm';
import { jobIdsInput, type TrackedStatus } from '@/lib/validators/applications';
import type { DbOrTx } from '@/server/db';
import { applications } from '@/server/db/schema';
import type { Actor } from '../actor';

/** Which of these jobs the caller tracks, and in which state (for Save buttons on job lists). */
export async function trackedStatuses(db: DbOrTx, raw: { jobIds: string[] }, actor: Actor): Promise<TrackedStatus[]> {
  const { jobIds } = jobIdsInput.parse(raw);
  if (jobIds.length === 0) return [];
  return db
    .select({ jobId: applications.jobId, applicationId: applications.id, status: applications.status })
    .from(applications)
    .where(and(eq(applications.userId, actor.userId), inArray(applications.jobId, jobIds)));
}
