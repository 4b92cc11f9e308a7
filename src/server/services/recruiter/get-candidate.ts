/**
 * The candidate page's data: one application to the recruiter's company, with the profile the
 * seeker shared by applying (its snapshot; the current profile for an application tracked before
 * snapshots were kept), the match worded about them and the document they attached. Any application the
 * caller may not see (another company's, a private bookmark, none at all) is NOT_FOUND alike.
 */
import { eq } from 'drizzle-orm';
import { candidateInput, type CandidateOutput } from '@/lib/validators/recruiter';
import type { Database } from '@/server/db';
import { applications, jobs, users } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '../actor';
import { loadSharedProfile, readProfileSnapshot } from '../applications/shared-profile';
import { getApplicantDocument } from '../documents/get-applicant-document';
import type { MatchingContext } from '../matching/matching-context';
import { rankApplicants } from '../matching/rank-applicants';
import { ownedJob } from './recruiter-company';

const NOT_FOUND = 'Application not found.';

export async function getCandidate(
  mc: MatchingContext,
  actor: Actor,
  raw: { applicationId: string },
): Promise<CandidateOutput> {
  const { applicationId } = candidateInput.parse(raw);
  const db: Database = mc.db;
  const [app] = await db
    .select({
      id: applications.id,
      userId: applications.userId,
      jobId: applications.jobId,
      status: applications.status,
      appliedAt: applications.appliedAt,
      profileSnapshot: applications.profileSnapshot,
      jobTitle: jobs.title,
    })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(eq(applications.id, applicationId))
    .limit(1);
  if (!app || app.status === 'saved') throw new AppError('NOT_FOUND', NOT_FOUND);
  await ownedJob(db, actor, app.jobId).catch(() => {
    throw new AppError('NOT_FOUND', NOT_FOUND);
  });

  const snapshot = readProfileSnapshot(app.profileSnapshot);
  const [ranked, [person], shared, document] = await Promise.all([
    rankApplicants(mc, actor, { jobId: app.jobId }, { applicationId }),
    db
      .select({ firstName: users.firstName, lastName: users.lastName, email: users.email })
      .from(users)
      .where(eq(users.id, app.userId))
      .limit(1),
    snapshot ?? loadSharedProfile(db, app.userId),
    getApplicantDocument(db, { applicationId }, actor).catch((err: unknown) => {
      if (err instanceof AppError && err.code === 'NOT_FOUND') return null;
      throw err;
    }),
  ]);
  const item = ranked.items[0];
  if (!person || !item) throw new AppError('NOT_FOUND', NOT_FOUND);
  return {
    applicationId,
    job: { id: app.jobId, title: app.jobTitle },
    status: app.status,
    allowedMoves: item.allowedMoves,
    appliedAt: app.appliedAt,
    name: `${person.firstName} ${person.lastName}`,
    headline: shared.headline,
    summary: shared.summary,
    // Contact details are part of applying: a company sees them only for someone who applied.
    contact: app.appliedAt ? { email: person.email } : null,
    roles: shared.roles,
    skills: shared.skills,
    education: shared.education,
    profileSharedAt: snapshot?.takenAt ?? null,
    document: document ? { versionId: document.versionId, kind: document.kind } : null,
    match: item.match,
    emptyProfile: item.emptyProfile,
    degraded: ranked.degraded,
  };
}
