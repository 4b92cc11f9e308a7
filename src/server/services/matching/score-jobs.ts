/**
 * Scores a set of jobs for one seeker: semantic similarity (embeddings and occupations, exactly
 * as evaluated by `npm run eval:match`) plus the structured score, with explanations.
 */
import { relatednessTier } from './occupations/catalog';
import { DEFAULT_WEIGHTS, scoreMatch } from './scoring';
import { semanticSimilarity } from './semantic';
import type { JobForMatching, MatchExplanation, ProfileForMatching } from './types';

/** O*NET related occupations (any tier) count as related in the explanation. */
export const onetRelated = (a: string, b: string): boolean => relatednessTier(a, b) !== null;

export interface ScoredJob {
  job: JobForMatching;
  match: MatchExplanation;
}

/**
 * `profileVector` null (nothing to embed, or the index is down): structured scores only, each
 * flagged degraded. A job without a vector of the current model is scored the same way.
 */
export function scoreJobs(
  profile: ProfileForMatching,
  profileVector: readonly number[] | null,
  candidates: readonly JobForMatching[],
  jobVectors: ReadonlyMap<string, readonly number[]>,
  options: { marketDemand?: ReadonlyMap<string, number> } = {},
): ScoredJob[] {
  return candidates.map((job) => {
    const jobVector = jobVectors.get(job.id);
    const semantic =
      profileVector && jobVector
        ? semanticSimilarity(profileVector, jobVector, profile.occupations, job.occupations)
        : null;
    return {
      job,
      match: scoreMatch(profile, job, semantic, DEFAULT_WEIGHTS, { related: onetRelated, ...options }),
    };
  });
}

export const byComposite = (a: ScoredJob, b: ScoredJob): number =>
  b.match.composite - a.match.composite || a.job.id.localeCompare(b.job.id);
