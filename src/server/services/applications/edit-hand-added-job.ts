/**
 * The seeker corrects a job they added by hand (a typo in the title, the description pasted
 * later). Only their own private jobs: any other id is "not found", as it is everywhere else.
 */
import { and, eq } from 'drizzle-orm';
import { editHandAddedJobInput, type EditHandAddedJobInput } from '@/lib/validators/hand-added-job';
import type { Database } from '@/server/db';
import { jobs } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '../actor';
import { refreshJobOccupations } from '../matching/refresh-occupations';
import { handJobColumns } from './add-job-by-hand';

export async function editHandAddedJob(
  db: Database,
  actor: Actor,
  raw: EditHandAddedJobInput,
): Promise<{ jobId: string }> {
  const { jobId, ...fields } = editHandAddedJobInput.parse(raw);
  const [row] = await db
    .update(jobs)
    .set(handJobColumns(fields))
    .where(and(eq(jobs.id, jobId), eq(jobs.status, 'private'), eq(jobs.ownerId, actor.userId)))
    .returning({ id: jobs.id });
  if (!row) throw new AppError('NOT_FOUND', 'This job is not one you added by hand.');
  // A new title or description can mean another occupation: the match reads it.
  await refreshJobOccupations(db, [jobId]);
  return { jobId };
}
