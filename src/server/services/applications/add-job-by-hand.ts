/**
 * A seeker adds a job to their board by hand: a posting with no readable page (a recruiter's
 * email, a referral, a site that hides its postings behind a sign-in). It is stored as a private
 * job, seen only by its owner and listed nowhere (jobs_private_has_owner; lists read only 'open'),
 * so it has a page, a match and an application like any other job without reaching anyone else.
 */
import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { addJobByHandInput, type AddJobByHandInput, type AddJobByHandOutput } from '@/lib/validators/hand-added-job';
import type { RateLimiter, RateLimitPolicy } from '@/server/adapters/rate-limit';
import type { Database } from '@/server/db';
import { applicationEvents, applications, jobs } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { dispatch } from '@/server/workflows/dispatch';
import type { Actor } from '../actor';
import { requiredYears, skillsOf } from '../ingestion/normalize';
import { refreshJobOccupations } from '../matching/refresh-occupations';
import { enforceRateLimit } from '../security/rate-limits';

/** A person adds a handful a day; a script filling the table is stopped here. */
export const ADD_JOB_BY_HAND_LIMIT: RateLimitPolicy = { name: 'add-job-by-hand', points: 60, durationSeconds: 60 * 60 };
/** More hand-added jobs than any one search needs: the rest is a script, not a person. */
export const MAX_HAND_ADDED_JOBS = 2_000;

type HandJobFields = Omit<z.output<typeof addJobByHandInput>, 'stage'>;

/** The job row's columns from what the seeker said; what matching reads is derived as for a posting. */
export function handJobColumns(input: HandJobFields) {
  const description = input.description ?? '';
  return {
    title: input.title,
    companyName: input.companyName,
    // Left empty when not given: the job page says so rather than inventing one.
    description,
    // As ingestion stores a posting without a place.
    location: input.location ?? (input.remoteType === 'remote' ? 'Remote' : 'Not specified'),
    remoteType: input.remoteType,
    jobType: input.jobType,
    applyUrl: input.applyUrl,
    requiredSkills: skillsOf(`${input.title}\n${description}`),
    requiredYears: Math.min(50, requiredYears(description)),
  };
}

export async function addJobByHand(
  db: Database,
  actor: Actor,
  raw: AddJobByHandInput,
  deps: { rateLimiter: RateLimiter },
): Promise<AddJobByHandOutput> {
  const input = addJobByHandInput.parse(raw);
  await enforceRateLimit(deps.rateLimiter, ADD_JOB_BY_HAND_LIMIT, actor.userId, 'You have added many jobs in the last hour.');
  const now = new Date();
  const result = await db.transaction(async (tx) => {
    const [owned] = await tx.select({ n: count() }).from(jobs).where(eq(jobs.ownerId, actor.userId));
    if ((owned?.n ?? 0) >= MAX_HAND_ADDED_JOBS) {
      throw new AppError(
        'CONFLICT',
        `You have added ${MAX_HAND_ADDED_JOBS.toLocaleString('en-US')} jobs by hand, the most one account can keep (unsaving a saved one removes it).`,
        { reason: 'too_many_hand_added_jobs' },
      );
    }
    const [job] = await tx
      .insert(jobs)
      .values({
        ownerId: actor.userId,
        status: 'private',
        source: 'manual',
        externalId: randomUUID(),
        ...handJobColumns(input),
        postedAt: now,
      })
      .returning({ id: jobs.id });
    if (!job) throw new AppError('INTERNAL_ERROR', 'Adding the job returned no row.');
    const applied = input.stage === 'applied';
    const [application] = await tx
      .insert(applications)
      .values({
        userId: actor.userId,
        jobId: job.id,
        status: input.stage,
        appliedAt: applied ? now : null,
        source: 'manual',
        // No profile snapshot: no company reads applications to a private job.
      })
      .returning({ id: applications.id });
    if (!application) throw new AppError('INTERNAL_ERROR', 'Adding the job returned no application.');
    await tx.insert(applicationEvents).values({
      applicationId: application.id,
      toStatus: input.stage,
      actorId: actor.userId,
      ...(applied ? { metadata: { by: 'seeker' }, occurredAt: now } : {}),
    });
    return { jobId: job.id, applicationId: application.id, status: input.stage };
  });
  // The page opens at once with its occupation (and so a match), as a job added by address does.
  await refreshJobOccupations(db, [result.jobId]);
  await dispatch(db, 'applications/changed', { userId: actor.userId });
  return result;
}
