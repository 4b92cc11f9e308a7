import { and, eq } from 'drizzle-orm';
import { jobRefInput } from '@/lib/validators/applications';
import type { Database } from '@/server/db';
import { applications, jobs } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { dispatch } from '@/server/workflows/dispatch';
import type { Actor } from '../actor';

/** Removes a bookmark. Once applied, the history is kept: withdraw the application instead. */
export async function unsaveJob(db: Database, raw: { jobId: string }, actor: Actor): Promise<{ jobId: string }> {
  const { jobId } = jobRefInput.parse(raw);
  const [row] = await db
    .select({ id: applications.id, status: applications.status })
    .from(applications)
    .where(and(eq(applications.userId, actor.userId), eq(applications.jobId, jobId)))
    .limit(1);
  if (!row) throw new AppError('NOT_FOUND', 'This job is not in your saved jobs.');
  if (row.status !== 'saved') {
    throw new AppError('CONFLICT', 'You already applied to this job; withdraw the application instead of unsaving it.');
  }
  // Events cascade with the application: a bookmark leaves no history behind. A job the seeker
  // added by hand exists only for that bookmark: it goes too (and with it, the application).
  await db.transaction(async (tx) => {
    await tx.delete(applications).where(and(eq(applications.id, row.id), eq(applications.status, 'saved')));
    await tx
      .delete(jobs)
      .where(and(eq(jobs.id, jobId), eq(jobs.status, 'private'), eq(jobs.ownerId, actor.userId)));
  });
  await dispatch(db, 'applications/changed', { userId: actor.userId });
  return { jobId };
}
