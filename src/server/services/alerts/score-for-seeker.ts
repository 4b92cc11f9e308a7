/**
 * Match scores of a few jobs for one seeker, computed the way the matching workflow scores new
 * jobs for every seeker (materialize-scores.ts rescoreJobsForUsers): the profile with its
 * occupations, the stored profile and job vectors, then scoreJobs. Stored scores are not used:
 * job_match_scores keeps only Good-or-better rows and is filled by a workflow that may not have
 * run yet for jobs this new.
 */
import { logger } from '@/server/logger';
import { profileVector } from '../matching/embeddings/embed-profile';
import { loadJobVectors } from '../matching/job-vectors';
import { loadJobsForMatching } from '../matching/load-match-inputs';
import type { MatchingContext } from '../matching/matching-context';
import { isEmptyProfile, profileWithOccupations } from '../matching/matches-for-user';
import { scoreJobs } from '../matching/score-jobs';

/** Job id -> composite score (0-1). Empty for a profile with nothing to match on. */
export async function scoreJobsForSeeker(
  mc: MatchingContext,
  userId: string,
  jobIds: readonly string[],
): Promise<Map<string, number>> {
  if (jobIds.length === 0) return new Map();
  const profile = await profileWithOccupations(mc, userId);
  if (isEmptyProfile(profile)) return new Map();
  // The embedding model being down degrades the score to its structured part, as in the lists.
  const vector = await profileVector(mc.db, profile, mc.embedding).catch((err: unknown) => {
    logger.warn({ err, userId }, 'alert scoring without the profile vector');
    return null;
  });
  const [candidates, vectors] = await Promise.all([
    loadJobsForMatching(mc.db, jobIds),
    vector ? loadJobVectors(mc.db, jobIds, mc.embedding.id) : Promise.resolve(new Map<string, number[]>()),
  ]);
  return new Map(scoreJobs(profile, vector, candidates, vectors).map((s) => [s.job.id, s.match.composite]));
}
