/**
 * The seeker's default match list read from job_match_scores instead of computed: the matching
 * workflows store each seeker's best matches under their must-haves, with the whole explanation
 * and the profile basis it was computed from (materialize-scores.ts). Served only when it answers
 * exactly what the live path would: the request asks for the default view (the must-haves, no
 * other filter), every stored row carries the current profile basis and was scored with the
 * vector index up, and enough open jobs pass the filters to fill the page. Otherwise the caller
 * computes the list live. With the index down, a current stored list is still served:
 * better than the structured fallback, and exactly what was computed when it was up.
 */
import { and, eq } from 'drizzle-orm';
import { matchExplanation, type MatchExplanationOutput as MatchExplanation } from '@/lib/validators/matching';
import { filterConditions } from '@/server/adapters/vectors/filter-sql';
import { resolveFilter } from '@/server/adapters/vectors/filter';
import type { DbOrTx } from '@/server/db';
import { jobMatchScores, jobs } from '@/server/db/schema';
import { jobSummaryColumns } from '../jobs/job-columns';
import { inPreferredPlaces, type MatchFilters } from './match-filters';
import { BAND_ORDER } from './scoring/bands';

/** What upsertScores writes in match_factors (band and factors stay for the older readers). */
export interface StoredMatchFactors {
  band: MatchExplanation['band'];
  degraded: boolean;
  factors: MatchExplanation['factors'];
  explanation: MatchExplanation;
  basis: string;
}

export type StoredMatchRow = {
  job: Pick<typeof jobs.$inferSelect, keyof typeof jobSummaryColumns>;
  match: MatchExplanation;
};

/** Served, or why not: 'degraded' asks for a rescore once the index answers again. */
export type StoredLookup =
  | { served: true; rows: StoredMatchRow[] }
  | { served: false; reason: 'basis' | 'degraded' | 'short' };

const storedFactors = (raw: unknown): { basis: unknown; explanation: unknown } =>
  (raw ?? {}) as { basis: unknown; explanation: unknown };

export async function storedMatches(
  db: DbOrTx,
  userId: string,
  basis: string,
  filters: MatchFilters,
  limit: number,
): Promise<StoredLookup> {
  const rows = await db
    .select({ job: jobSummaryColumns, factors: jobMatchScores.matchFactors })
    .from(jobMatchScores)
    .innerJoin(jobs, eq(jobs.id, jobMatchScores.jobId))
    .where(and(eq(jobMatchScores.userId, userId), ...filterConditions(resolveFilter(filters.vector))));
  const places = filters.places;
  const out: StoredMatchRow[] = [];
  for (const row of rows) {
    const stored = storedFactors(row.factors);
    // One row of another basis (or from before explanations were stored): the list is stale.
    if (stored.basis !== basis) return { served: false, reason: 'basis' };
    const match = matchExplanation.safeParse(stored.explanation);
    // Scored while the vector index was down (or still building): structure only. Ranked live
    // instead, which uses the index when it is back and degrades the same way when it is not.
    if (!match.success) return { served: false, reason: 'basis' };
    if (match.data.degraded) return { served: false, reason: 'degraded' };
    if (places && !inPreferredPlaces(places, row.job)) continue;
    out.push({ job: row.job, match: match.data });
  }
  if (out.length < limit) return { served: false, reason: 'short' };
  out.sort(
    (a, b) =>
      BAND_ORDER.indexOf(b.match.band) - BAND_ORDER.indexOf(a.match.band) ||
      b.match.composite - a.match.composite ||
      a.job.id.localeCompare(b.job.id),
  );
  return { served: true, rows: out.slice(0, limit) };
}
