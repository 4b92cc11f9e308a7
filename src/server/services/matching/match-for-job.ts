/**
 * One job's full match for the signed-in seeker: the explanation, and the skill gap ordered by
 * how much each missing skill matters in this occupation's market.
 */
import type { MatchForJobOutput } from '@/lib/validators/matching';
import { matchForJobInput } from '@/lib/validators/matching';
import { AppError } from '@/server/errors';
import { profileVector } from './embeddings/embed-profile';
import { loadJobVectors } from './job-vectors';
import { loadJobsForMatching } from './load-match-inputs';
import { marketDemand } from './market-demand';
import type { MatchingContext } from './matching-context';
import { isEmptyProfile, profileWithOccupations, EMPTY_PROFILE_HINT } from './matches-for-user';
import { scoreJobs } from './score-jobs';
import { skillGap } from './scoring';

export async function matchForJob(mc: MatchingContext, userId: string, raw: { jobId: string }): Promise<MatchForJobOutput> {
  const { jobId } = matchForJobInput.parse(raw);
  const [job] = await loadJobsForMatching(mc.db, [jobId], userId);
  if (!job) throw new AppError('NOT_FOUND', 'This job does not exist or was removed.');
  const profile = await profileWithOccupations(mc, userId);
  if (isEmptyProfile(profile)) throw new AppError('VALIDATION_ERROR', EMPTY_PROFILE_HINT, { reason: 'empty_profile' });

  const vector = await profileVector(mc.db, profile, mc.embedding);
  // The index is not needed for one job, but its health decides degraded mode, as in the lists.
  const healthy = vector ? await mc.withIndex(async (index) => index.health()) : null;
  const usable = vector && healthy && !healthy.degraded && healthy.value ? vector : null;
  const [vectors, demand] = await Promise.all([
    usable ? loadJobVectors(mc.db, [job.id], mc.embedding.id) : Promise.resolve(new Map<string, number[]>()),
    marketDemand(mc.db, job.occupations[0]?.code ?? null, job.id),
  ]);
  const [scored] = scoreJobs(profile, usable, [job], vectors, { marketDemand: demand });
  if (!scored) throw new AppError('INTERNAL_ERROR', 'The match could not be computed.');
  return {
    jobId: job.id,
    match: scored.match,
    skillGap: skillGap(profile, job, demand),
    jobOccupations: job.occupations,
    profileOccupations: profile.occupations,
  };
}
