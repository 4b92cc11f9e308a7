import { and, eq } from 'drizzle-orm';
import type { ApplicationParty } from '@/lib/validators/application-status';
import type { ApplicationStatus } from '@/lib/validators/enums';
import type { Transaction } from '@/server/db';
import { applications, companyMembers, jobs } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '../actor';
import { recruitsHere } from '../jobs/recruits-here';

export interface LockedApplication {
  id: string;
  userId: string;
  jobId: string;
  status: ApplicationStatus;
  appliedAt: Date | null;
  /** The job's company has active recruiters here: they record its answers. */
  companyHere: boolean;
  /** How the caller relates to it: the applicant, or a recruiter of the hiring company. */
  party: ApplicationParty;
}

const NOT_FOUND_MESSAGE = 'Application not found.';

/**
 * Reads an application the caller may act on and locks it until the transaction ends, so two
 * moves made at once are checked one after the other. Anyone else gets NOT_FOUND: whether the
 * application exists is not theirs to learn. A bookmark (`saved`) is private to the seeker even
 * from the hiring company: nobody has applied yet.
 */
export async function lockApplicationFor(
  tx: Transaction,
  applicationId: string,
  actor: Actor,
): Promise<LockedApplication> {
  const [row] = await tx
    .select({
      id: applications.id,
      userId: applications.userId,
      jobId: applications.jobId,
      status: applications.status,
      appliedAt: applications.appliedAt,
      companyId: jobs.companyId,
      companyHere: recruitsHere(jobs.companyId),
    })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(eq(applications.id, applicationId))
    .for('update', { of: applications })
    .limit(1);
  if (!row) throw new AppError('NOT_FOUND', NOT_FOUND_MESSAGE);
  const { companyId, ...app } = row;
  if (app.userId === actor.userId) return { ...app, party: 'seeker' };
  const mayActForCompany = actor.role === 'recruiter' || actor.role === 'admin';
  if (!mayActForCompany || !companyId || app.status === 'saved') throw new AppError('NOT_FOUND', NOT_FOUND_MESSAGE);
  const [member] = await tx
    .select({ userId: companyMembers.userId })
    .from(companyMembers)
    .where(
      and(
        eq(companyMembers.companyId, companyId),
        eq(companyMembers.userId, actor.userId),
        // A member awaiting approval does not see applicants yet, so cannot move them either.
        eq(companyMembers.status, 'active'),
      ),
    )
    .limit(1);
  if (!member) throw new AppError('NOT_FOUND', NOT_FOUND_MESSAGE);
  return { ...app, party: 'employer' };
}
