/**
 * "Jobs for me": the seeker's best matches among open jobs passing their filters (by default
 * their must-have preferences, match-filters.ts), each with the seeker's application if any. The vector
 * index proposes the nearest candidates (topped up by structure when it runs out: jobs not yet
 * embedded); each is scored (semantic + structured) and explained; the best composite scores come
 * back. With the index down, structured candidates and scores, flagged degraded.
 */
import { inArray } from 'drizzle-orm';
import type { MatchesForMeInput, MatchesForMeOutput } from '@/lib/validators/matching';
import type { z } from 'zod';
import { matchesForMeInput } from '@/lib/validators/matching';
import type { VectorFilter } from '@/server/adapters/vectors';
import { jobs } from '@/server/db/schema';
import { jobSummaryColumns, toJobSummary } from '../jobs/job-columns';
import { applicationsByJob } from './applied-jobs';
import { profileVector } from './embeddings/embed-profile';
import { loadJobVectors } from './job-vectors';
import { loadJobsForMatching, loadProfileForMatching } from './load-match-inputs';
import { matchBasis } from './match-basis';
import {
  defaultMatchFilters,
  inPreferredPlaces,
  resolveMatchFilters,
  type MatchFilters,
  type PlacesLimit,
} from './match-filters';
import type { MatchingContext } from './matching-context';
import { refreshProfileOccupations } from './refresh-occupations';
import { byComposite, scoreJobs, type ScoredJob } from './score-jobs';
import { BAND_ORDER } from './scoring/bands';
import { storedMatches, type StoredMatchRow } from './stored-matches';
import { dispatch } from '@/server/workflows/dispatch';
import { newestCandidates, occupationCandidates, structuredCandidates } from './structured-candidates';
import type { ProfileForMatching } from './types';

/** Nearest neighbours re-ranked by the composite: enough that structure can reorder them. */
export const CANDIDATES = 200;
/**
 * With a places limit: the index filters on one location string only, so several preferred places
 * (and remote jobs beside them) are checked after retrieval, over a deeper list so that enough
 * candidates survive the check.
 */
export const PLACES_CANDIDATES = 600;
/** Added from the seeker's occupations (not found by the embedding), at most. */
export const OCCUPATION_CANDIDATES = 100;

export const EMPTY_PROFILE_HINT =
  'Add your skills, a headline or your experience to your profile (or import a resume) to see matches.';

export const isEmptyProfile = (p: ProfileForMatching): boolean =>
  p.skills.length === 0 && p.experience.length === 0 && !p.headline?.trim();

/**
 * The profile with its occupations inferred (they are stored on the first request if missing;
 * a row the workflows are refining at the same time is left to them).
 */
export async function profileWithOccupations(mc: MatchingContext, userId: string): Promise<ProfileForMatching> {
  const profile = await loadProfileForMatching(mc.db, userId);
  if (profile.occupations.length > 0 || isEmptyProfile(profile)) return profile;
  return { ...profile, occupations: await refreshProfileOccupations(mc.db, profile, { ifMissing: true }) };
}

/**
 * Best band first, then the composite: a band capped for pay far below the seeker's floor
 * (scoring/bands.ts) moves the job down the list too, so the badges read in order.
 */
export const byBandThenComposite = (a: ScoredJob, b: ScoredJob): number =>
  BAND_ORDER.indexOf(b.match.band) - BAND_ORDER.indexOf(a.match.band) || byComposite(a, b);

/**
 * With the index up: a job scored without a vector (not yet embedded) after those scored in full,
 * since its composite is structure alone, another scale (stored-matches.ts orders the same way).
 */
const fullScoresFirst = (a: ScoredJob, b: ScoredJob): number =>
  Number(a.match.degraded) - Number(b.match.degraded) || byBandThenComposite(a, b);

/** The best `limit` of the candidate jobs for the seeker, scored, best first. */
export async function rankJobsForUser(
  mc: MatchingContext,
  profile: ProfileForMatching,
  filter: VectorFilter,
  limit: number,
  places: PlacesLimit | null = null,
): Promise<{ ranked: ScoredJob[]; degraded: boolean }> {
  const depth = places ? PLACES_CANDIDATES : CANDIDATES;
  // The occupation query does not wait for the vector search: both are independent reads.
  const [vector, byOccupation] = await Promise.all([
    profileVector(mc.db, profile, mc.embedding),
    occupationCandidates(mc.db, profile.occupations, filter, OCCUPATION_CANDIDATES),
  ]);
  const hits = vector ? await mc.withIndex((index) => index.query(vector, depth, filter)) : null;
  const degraded = !hits || hits.degraded;
  const load = async (ids: string[]) => {
    const [loaded, vectors] = await Promise.all([
      loadJobsForMatching(mc.db, ids),
      degraded ? new Map<string, number[]>() : loadJobVectors(mc.db, ids, mc.embedding.id),
    ]);
    return { jobs: places ? loaded.filter((j) => inPreferredPlaces(places, j)) : loaded, vectors };
  };
  if (degraded) {
    const { jobs: candidates, vectors } = await load(
      await structuredCandidates(mc.db, profile.occupations, filter, depth),
    );
    return {
      ranked: scoreJobs(profile, null, candidates, vectors).sort(byBandThenComposite).slice(0, limit),
      degraded,
    };
  }
  // Hybrid candidates: the nearest by embedding, plus the newest in the seeker's occupations, which
  // the embedding can miss when a specialist's vocabulary (SAP, AutoCAD) is all that sets them apart.
  const found = [...new Set([...hits.value.map((h) => h.id), ...byOccupation])];
  const first = await load(found);
  let candidates = first.jobs;
  const vectors = first.vectors;
  // The index ran out of jobs passing the filters (or of jobs in the seeker's places, which it
  // cannot filter on): jobs it has no vector for yet (a large import the workflows are still
  // preparing) can then be found only by their structure. Without them such a seeker was told
  // "No open jobs meet your must-haves".
  if (hits.value.length < depth || (places && candidates.length < limit)) {
    const more = await load(await newestCandidates(mc.db, filter, depth, found));
    candidates = [...candidates, ...more.jobs];
    for (const [id, v] of more.vectors) vectors.set(id, v);
  }
  const ranked = scoreJobs(profile, vector, candidates, vectors).sort(fullScoresFirst).slice(0, limit);
  return { ranked, degraded };
}

type MatchesForMeQuery = z.output<typeof matchesForMeInput>;

export async function matchesForUser(
  mc: MatchingContext,
  userId: string,
  raw: MatchesForMeInput,
): Promise<MatchesForMeOutput> {
  const input = matchesForMeInput.parse(raw);
  const profile = await profileWithOccupations(mc, userId);
  const filters = resolveMatchFilters(input, profile.preferences);
  if (isEmptyProfile(profile)) {
    return { items: [], degraded: false, hint: EMPTY_PROFILE_HINT, profileOccupation: null, filters: filters.applied };
  }

  const { rows, degraded } = await bestMatches(mc, profile, filters, input);
  // The stored list reads each job's application with it; a list ranked live reads them now.
  const unread = rows.filter((r) => r.application === undefined).map((r) => r.job.id);
  const applied = await applicationsByJob(mc.db, userId, unread);
  const now = Date.now();
  return {
    items: rows.map((r) => ({
      job: toJobSummary(r.job, now),
      match: r.match,
      application: r.application ?? applied.get(r.job.id) ?? null,
    })),
    degraded,
    hint: rows.length === 0 ? emptyListHint(filters.applied) : null,
    profileOccupation: profile.occupations[0] ?? null,
    filters: filters.applied,
  };
}

const sameFilters = (a: MatchFilters, b: MatchFilters): boolean =>
  JSON.stringify([a.vector, a.places]) === JSON.stringify([b.vector, b.places]);

/**
 * The page of matches: the stored list when it answers this request (the default view of a
 * profile the workflows have rescored, stored-matches.ts), else ranked live.
 */
async function bestMatches(
  mc: MatchingContext,
  profile: ProfileForMatching,
  filters: MatchFilters,
  input: MatchesForMeQuery,
): Promise<{ rows: StoredMatchRow[]; degraded: boolean }> {
  const lookup = sameFilters(filters, defaultMatchFilters(profile.preferences))
    ? await storedMatches(mc.db, profile.userId, matchBasis(profile), filters, input.limit)
    : null;
  if (lookup?.served) return { rows: lookup.rows, degraded: false };
  const { ranked, degraded } = await rankJobsForUser(mc, profile, filters.vector, input.limit, filters.places);
  // The stored list was scored while the index was down and it answers again: rescore it, so the
  // search's best-match order and the badges heal too.
  if (lookup?.reason === 'degraded' && !degraded) await dispatch(mc.db, 'profile/changed', { userId: profile.userId });
  const jobIds = ranked.map((r) => r.job.id);
  const summaries = jobIds.length
    ? await mc.db.select(jobSummaryColumns).from(jobs).where(inArray(jobs.id, jobIds))
    : [];
  const byId = new Map(summaries.map((s) => [s.id, s]));
  return {
    rows: ranked.flatMap((r) => {
      const job = byId.get(r.job.id);
      return job ? [{ job, match: r.match }] : [];
    }),
    degraded,
  };
}

const emptyListHint = (applied: MatchesForMeOutput['filters']) =>
  applied.fromMustHaves.length > 0
    ? 'No open jobs meet your must-haves. Widen the filters, or relax your must-haves in your profile.'
    : 'No open jobs match these filters. Try fewer filters.';
