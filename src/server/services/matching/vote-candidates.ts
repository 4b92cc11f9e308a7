/**
 * The jobs that vote on a seeker's occupations (refine-occupations.ts), round after round, with
 * their semantic scores. They are the candidates `rankJobsForUser` ranks for that profile with no
 * filter: the nearest by embedding, the newest in the round's occupations, topped up with the
 * newest jobs when the index runs out. Only the semantic score counts in a vote, so the rest of
 * the composite and its explanation are not computed.
 *
 * The vector query runs once per refinement: the profile vector does not change between rounds,
 * so neither do the nearest jobs. Each round asks for its occupations' newest jobs (and the top-up)
 * again, but loads only the job rows and vectors it has not loaded yet. Before, each
 * round ranked from scratch (the vector query, ~300 jobs and their vectors loaded, every one
 * scored and explained in full), which ran beside the seekers' own requests on the same cores.
 */
import { profileVector } from './embeddings/embed-profile';
import { loadJobVectors } from './job-vectors';
import { loadJobsForMatching } from './load-match-inputs';
import type { MatchingContext } from './matching-context';
import type { Neighbour } from './occupations/neighbour-vote';
import { lexicalScore, profileLexicalQuery } from './score-jobs';
import { cosine, semanticFromCosine } from './semantic';
import { newestCandidates, occupationCandidates } from './structured-candidates';
import type { JobForMatching, OccupationGuess, ProfileForMatching } from './types';

export interface VoteCandidates {
  /** Every candidate for the profile read with these occupations, with its semantic score. */
  scored(occupations: readonly OccupationGuess[]): Promise<Neighbour[]>;
}

/**
 * Null when the jobs cannot vote: no profile vector (nothing to embed) or the vector index down.
 * `depth`: how many nearest jobs; `byOccupation`: how many of the occupations' newest jobs.
 */
export async function voteCandidates(
  mc: MatchingContext,
  profile: ProfileForMatching,
  depth: number,
  byOccupation: number,
): Promise<VoteCandidates | null> {
  const vector = await profileVector(mc.db, profile, mc.embedding);
  if (!vector) return null;
  const hits = await mc.withIndex((index) => index.query(vector, depth, {}));
  if (hits.degraded) return null;
  const nearest = hits.value.map((h) => h.id);
  const query = profileLexicalQuery(profile);
  // Per job, what does not depend on the round's occupations: computed once, when first loaded.
  const loaded = new Map<string, { job: JobForMatching; cosine: number; lexical: number }>();
  const seen = new Set<string>();

  const load = async (ids: readonly string[]): Promise<void> => {
    const missing = ids.filter((id) => !seen.has(id));
    if (missing.length === 0) return;
    for (const id of missing) seen.add(id);
    const [jobs, vectors] = await Promise.all([
      loadJobsForMatching(mc.db, missing),
      loadJobVectors(mc.db, missing, mc.embedding.id),
    ]);
    for (const job of jobs) {
      const jobVector = vectors.get(job.id);
      if (jobVector) loaded.set(job.id, { job, cosine: cosine(vector, jobVector), lexical: lexicalScore(query, job) });
    }
  };

  return {
    async scored(occupations) {
      let ids = [...new Set([...nearest, ...(await occupationCandidates(mc.db, occupations, {}, byOccupation))])];
      // As rankJobsForUser: the index ran out of jobs (a small or half-prepared pool).
      if (nearest.length < depth) ids = [...ids, ...(await newestCandidates(mc.db, {}, depth, ids))];
      await load(ids);
      return ids.flatMap((id) => {
        const found = loaded.get(id);
        if (!found) return [];
        const { job, cosine: raw, lexical } = found;
        const score = semanticFromCosine(raw, occupations, job.occupations, lexical);
        return [{ jobId: id, score, cosine: raw, occupations: job.occupations }];
      });
    },
  };
}
