import { and, eq } from 'drizzle-orm';
import { jobRefInput, type TrackedStatus } from '@/lib/validators/applications';
import type { Database } from '@/server/db';
import { applicationEvents, applications, jobs } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { dispatch } from '@/server/workflows/dispatch';
import type { Actor } from '../actor';
import { jobVisibleTo } from '../jobs/visibility';

/**
 * Bookmarks a job: an application in the `saved` state, with its first event.
 * Saving a job already tracked (saved or further along) changes nothing.
 */
export async function saveJob(db: Database, raw: { jobId: string }, actor: Actor): Promise<TrackedStatus> {
  const { jobId } = jobRefInput.parse(raw);
  const result = await db.transaction(async (tx) => {
    const [job] = await tx
      .select({ status: jobs.status, source: jobs.source })
      .from(jobs)
      .where(and(eq(jobs.id, jobId), jobVisibleTo(actor.userId)))
      .limit(1);
    if (!job) throw new AppError('NOT_FOUND', 'This job does not exist or was removed.');
    const [existing] = await tx
      .select({ id: applications.id, status: applications.status })
      .from(applications)
      .where(and(eq(applications.userId, actor.userId), eq(applications.jobId, jobId)))
      .limit(1);
    if (existing) return { jobId, applicationId: existing.id, status: existing.status, created: false };
    if (job.status === 'closed') throw new AppError('CONFLICT', 'This job is closed and can no longer be saved.');
    const [created] = await tx
      .insert(applications)
      .values({ userId: actor.userId, jobId, status: 'saved', source: job.source })
      .returning({ id: applications.id });
    if (!created) throw new AppError('INTERNAL_ERROR', 'Saving the job returned no row.');
    await tx.insert(applicationEvents).values({ applicationId: created.id, toStatus: 'saved', actorId: actor.userId });
    return { jobId, applicationId: created.id, status: 'saved' as const, created: true };
  });
  const { created, ...tracked } = result;
  if (created) await dispatch(db, 'applications/changed', { userId: actor.userId });
  return tracked;
}
