/**
 * "Jobs for me": the seeker's best matches among open jobs passing their filters. The vector
 * index proposes the nearest candidates; each is scored (semantic + structured) and explained;
 * the best composite scores come back. With the index down, structured candidates and scores,
 * flagged degraded.
 */
import { inArray } from 'drizzle-orm';
import type { MatchesForMeInput, MatchesForMeOutput } from '@/lib/validators/matching';
import { matchesForMeInput } from '@/lib/validators/matching';
import type { VectorFilter } from '@/server/adapters/vectors';
import { jobs } from '@/server/db/schema';
import { jobSummaryColumns, toJobSummary } from '../jobs/job-columns';
import { profileVector } from './embeddings/embed-profile';
import { loadJobVectors } from './job-vectors';
import { loadJobsForMatching, loadProfileForMatching } from './load-match-inputs';
import type { MatchingContext } from './matching-context';
import { refreshProfileOccupations } from './refresh-occupations';
import { byComposite, scoreJobs, type ScoredJob } from './score-jobs';
import { structuredCandidates } from './structured-candidates';
import type { ProfileForMatching } from './types';

/** Nearest neighbours re-ranked by the composite: enough that structure can reorder them. */
export const CANDIDATES = 200;

export const EMPTY_PROFILE_HINT =
  'Add your skills, a headline or your experience to your profile (or import a resume) to see matches.';

export const isEmptyProfile = (p: ProfileForMatching): boolean =>
  p.skills.length === 0 && p.experience.length === 0 && !p.headline?.trim();

/** The profile with its occupations inferred (they are stored on the first request if missing). */
export async function profileWithOccupations(mc: MatchingContext, userId: string): Promise<ProfileForMatching> {
  const profile = await loadProfileForMatching(mc.db, userId);
  if (profile.occupations.length > 0 || isEmptyProfile(profile)) return profile;
  return { ...profile, occupations: await refreshProfileOccupations(mc.db, profile) };
}

/** The best `limit` of the candidate jobs for the seeker, scored, best first. */
export async function rankJobsForUser(
  mc: MatchingContext,
  profile: ProfileForMatching,
  filter: VectorFilter,
  limit: number,
): Promise<{ ranked: ScoredJob[]; degraded: boolean }> {
  const vector = await profileVector(mc.db, profile, mc.embedding);
  const hits = vector ? await mc.withIndex((index) => index.query(vector, CANDIDATES, filter)) : null;
  const degraded = !hits || hits.degraded;
  const ids = hits && !hits.degraded ? hits.value.map((h) => h.id) : await structuredCandidates(mc.db, profile.occupations, filter, CANDIDATES);
  const [candidates, vectors] = await Promise.all([
    loadJobsForMatching(mc.db, ids),
    degraded ? Promise.resolve(new Map<string, number[]>()) : loadJobVectors(mc.db, ids, mc.embedding.id),
  ]);
  const ranked = scoreJobs(profile, degraded ? null : vector, candidates, vectors).sort(byComposite).slice(0, limit);
  return { ranked, degraded };
}

export async function matchesForUser(
  mc: MatchingContext,
  userId: string,
  raw: MatchesForMeInput,
): Promise<MatchesForMeOutput> {
  const input = matchesForMeInput.parse(raw);
  const profile = await profileWithOccupations(mc, userId);
  if (isEmptyProfile(profile)) return { items: [], degraded: false, hint: EMPTY_PROFILE_HINT, profileOccupation: null };

  const filter: VectorFilter = {
    remoteTypes: input.remoteTypes,
    jobTypes: input.jobTypes,
    location: input.location,
    salaryMinAnnualUsd: input.salaryMin,
    includeUnknownSalary: input.includeUnknownSalary,
  };
  const { ranked, degraded } = await rankJobsForUser(mc, profile, filter, input.limit);
  const summaries = ranked.length
    ? await mc.db
        .select(jobSummaryColumns)
        .from(jobs)
        .where(inArray(jobs.id, ranked.map((r) => r.job.id)))
    : [];
  const byId = new Map(summaries.map((s) => [s.id, s]));
  const now = Date.now();
  return {
    items: ranked.flatMap((r) => {
      const row = byId.get(r.job.id);
      return row ? [{ job: toJobSummary(row, now), match: r.match }] : [];
    }),
    degraded,
    hint: ranked.length === 0 ? 'No open jobs match these filters. Try fewer filters.' : null,
    profileOccupation: profile.occupations[0] ?? null,
  };
}
