/**
 * A recruiter's view of one job's applicants, ranked by the same match the seekers see, its
 * explanation worded about the candidate (recruiter/candidate-wording.ts). Only members of the job's company (or admins) may call it; saved-but-not-applied
 * jobs are the seeker's private list and never appear.
 */
import { and, eq, ne } from 'drizzle-orm';
import type { ApplicantsForJobOutput } from '@/lib/validators/matching';
import { applicantsForJobInput } from '@/lib/validators/matching';
import { applications, companyMembers, jobs, users } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '../actor';
import { allowedMoves } from '../applications/status-machine';
import { forRecruiter } from '../recruiter/candidate-wording';
import { profileVector } from './embeddings/embed-profile';
import { loadJobVectors } from './job-vectors';
import { loadJobsForMatching } from './load-match-inputs';
import type { MatchingContext } from './matching-context';
import { isEmptyProfile, profileWithOccupations } from './matches-for-user';
import { scoreJobs } from './score-jobs';
import type { ProfileForMatching } from './types';
import { jobVisibleTo } from '../jobs/visibility';

/**
 * What a recruiter's ranking may read of a seeker: the profile they applied with, not their private
 * job preferences (salary floor, places, relocation) or career goals, which would otherwise show in
 * the explanation's wording, band cap and shared words. Fit to the job is what is ranked.
 */
function recruiterView(profile: ProfileForMatching): ProfileForMatching {
  return {
    ...profile,
    careerGoals: null,
    preferences: {
      locations: [],
      remoteTypes: [],
      jobTypes: [],
      salaryMinAnnualUsd: null,
      mustHaves: [],
      willingToRelocate: false,
    },
  };
}

export async function assertRecruiterOwnsJob(mc: MatchingContext, actor: Actor, jobId: string): Promise<void> {
  const [job] = await mc.db
    .select({ companyId: jobs.companyId })
    .from(jobs)
    // A job a seeker added by hand has no applicants but its owner, and is no one else's to see:
    // "not found", for an admin too, exactly as an id that does not exist.
    .where(and(eq(jobs.id, jobId), jobVisibleTo(null)))
    .limit(1);
  if (!job) throw new AppError('NOT_FOUND', 'This job does not exist or was removed.');
  if (actor.role === 'admin') return;
  const member =
    job.companyId &&
    (await mc.db
      .select({ status: companyMembers.status })
      .from(companyMembers)
      .where(and(eq(companyMembers.companyId, job.companyId), eq(companyMembers.userId, actor.userId)))
      .limit(1));
  if (!member || member.length === 0) {
    throw new AppError('FORBIDDEN', "You can only see the applicants of your own company's jobs.");
  }
}

/** `only` narrows the list to one application (the candidate page scores just that one). */
export async function rankApplicants(
  mc: MatchingContext,
  actor: Actor,
  raw: { jobId: string },
  only?: { applicationId: string },
): Promise<ApplicantsForJobOutput> {
  const { jobId } = applicantsForJobInput.parse(raw);
  await assertRecruiterOwnsJob(mc, actor, jobId);
  const [job] = await loadJobsForMatching(mc.db, [jobId]);
  if (!job) throw new AppError('NOT_FOUND', 'This job does not exist or was removed.');
  const applicants = await mc.db
    .select({
      applicationId: applications.id,
      userId: applications.userId,
      status: applications.status,
      appliedAt: applications.appliedAt,
      firstName: users.firstName,
      lastName: users.lastName,
      headline: users.professionalHeadline,
    })
    .from(applications)
    .innerJoin(users, eq(users.id, applications.userId))
    .where(
      and(
        eq(applications.jobId, jobId),
        ne(applications.status, 'saved'),
        only ? eq(applications.id, only.applicationId) : undefined,
      ),
    );

  const healthy = await mc.withIndex(async (index) => index.health());
  const indexUp = !healthy.degraded && healthy.value;
  const vectors = indexUp ? await loadJobVectors(mc.db, [jobId], mc.embedding.id) : new Map<string, number[]>();
  const items = [];
  for (const a of applicants) {
    const full = await profileWithOccupations(mc, a.userId);
    // Nothing to compare (no skills, roles or headline): said so, instead of a score that reads as a
    // verdict and a note blaming the similarity search, which has nothing to embed.
    const emptyProfile = isEmptyProfile(full);
    const profile = recruiterView(full);
    const vector = indexUp ? await profileVector(mc.db, profile, mc.embedding) : null;
    const [scored] = scoreJobs(profile, vector, [job], vectors);
    if (!scored) continue;
    items.push({
      applicationId: a.applicationId,
      userId: a.userId,
      name: `${a.firstName} ${a.lastName}`,
      headline: a.headline,
      status: a.status,
      allowedMoves: allowedMoves(a.status, 'employer', true),
      appliedAt: a.appliedAt,
      // Same reasons as the seeker's explanation, phrased about the candidate.
      match: { ...forRecruiter(scored.match), degraded: scored.match.degraded && !emptyProfile },
      emptyProfile,
    });
  }
  items.sort(
    (x, y) =>
      Number(x.emptyProfile) - Number(y.emptyProfile) ||
      y.match.composite - x.match.composite ||
      x.applicationId.localeCompare(y.applicationId),
  );
  return { jobId, items, degraded: !indexUp };
}
