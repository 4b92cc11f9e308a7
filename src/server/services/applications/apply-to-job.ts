import { and, eq } from 'drizzle-orm';
import { APPLICATION_STATUS_LABEL } from '@/lib/validators/application-status';
import { applyInput, type ApplyInput, type TrackedStatus } from '@/lib/validators/applications';
import type { Database } from '@/server/db';
import { applicationEvents, applications, jobs } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { dispatch } from '@/server/workflows/dispatch';
import type { Actor } from '../actor';
import { recruitsHere } from '../jobs/recruits-here';
import { jobVisibleTo } from '../jobs/visibility';
import { recordTransition } from './record-transition';
import { tellCompanyOfApplicantMove } from './tell-company';
import { takeProfileSnapshot } from './shared-profile';

/**
 * Records that the caller applied to a job: a saved job moves to `applied`; an untracked one
 * is tracked as applied straight away. The job's source (which board it came from) is kept on
 * the application for the analytics by source.
 */
export async function applyToJob(db: Database, raw: ApplyInput, actor: Actor): Promise<TrackedStatus> {
  const input = applyInput.parse(raw);
  const result = await db.transaction(async (tx) => {
    const [job] = await tx
      .select({ status: jobs.status, source: jobs.source, companyHere: recruitsHere(jobs.companyId) })
      .from(jobs)
      .where(and(eq(jobs.id, input.jobId), jobVisibleTo(actor.userId)))
      .limit(1);
    if (!job) throw new AppError('NOT_FOUND', 'This job does not exist or was removed.');
    const [existing] = await tx
      .select({ id: applications.id, status: applications.status, appliedAt: applications.appliedAt })
      .from(applications)
      .where(and(eq(applications.userId, actor.userId), eq(applications.jobId, input.jobId)))
      .for('update')
      .limit(1);

    if (existing) {
      if (existing.status !== 'saved') {
        throw new AppError(
          'CONFLICT',
          `This job is already in your applications (${APPLICATION_STATUS_LABEL[existing.status]}).`,
          { reason: 'already_applied', status: existing.status },
        );
      }
      // Saved while open, applied before it closed: recording that late is still the truth.
      const change = await recordTransition(
        tx,
        { ...existing, companyHere: job.companyHere },
        {
          to: 'applied',
          party: 'seeker',
          actorId: actor.userId,
          note: input.note,
          occurredAt: input.occurredAt,
        },
      );
      await tx.update(applications).set({ source: job.source }).where(eq(applications.id, existing.id));
      if (job.companyHere) await tellCompanyOfApplicantMove(tx, change);
      return { jobId: input.jobId, applicationId: existing.id, status: 'applied' as const };
    }

    if (job.status === 'closed')
      throw new AppError('CONFLICT', 'This job is closed and no longer accepts applications.');
    const appliedAt = input.occurredAt ?? new Date();
    const [created] = await tx
      .insert(applications)
      .values({
        userId: actor.userId,
        jobId: input.jobId,
        status: 'applied',
        appliedAt,
        source: job.source,
        profileSnapshot: await takeProfileSnapshot(tx, actor.userId, appliedAt),
      })
      .returning({ id: applications.id });
    if (!created) throw new AppError('INTERNAL_ERROR', 'Recording the application returned no row.');
    await tx.insert(applicationEvents).values({
      applicationId: created.id,
      toStatus: 'applied',
      actorId: actor.userId,
      note: input.note ?? null,
      metadata: { by: 'seeker' },
      occurredAt: appliedAt,
    });
    if (job.companyHere) {
      await tellCompanyOfApplicantMove(tx, {
        applicationId: created.id,
        from: null,
        to: 'applied',
        occurredAt: appliedAt,
      });
    }
    return { jobId: input.jobId, applicationId: created.id, status: 'applied' as const };
  });
  await dispatch(db, 'applications/changed', { userId: actor.userId });
  return result;
}
