/**
 * The seeker's default match list read from job_match_scores instead of computed: the matching
 * workflows store each seeker's best matches under their must-haves, with the whole explanation
 * and the profile basis it was computed from (materialize-scores.ts). Served only when it answers
 * exactly what the live path would: the request asks for the default view (the must-haves, no
 * other filter), every stored row carries the current profile basis, and enough open jobs pass
 * the filters to fill the page. Otherwise null, and the caller computes the list live.
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

const storedFactors = (raw: unknown): { basis: unknown; explanation: unknown } =>
  (raw ?? {}) as { basis: unknown; explanation: unknown };

export async function storedMatches(
  db: DbOrTx,
  userId: string,
  basis: string,
  filters: MatchFilters,
  limit: number,
): Promise<{ rows: StoredMatchRow[]; degraded: boolean } | null> {
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
    if (stored.basis !== basis) return null;
    const match = matchExplanation.safeParse(stored.explanation);
    if (!match.success) return null;
    if (places && !inPreferredPlaces(places, row.job)) continue;
    out.push({ job: row.job, match: match.data });
  }
  if (out.length < limit) return null;
  out.sort(
    (a, b) =>
      BAND_ORDER.indexOf(b.match.band) - BAND_ORDER.indexOf(a.match.band) ||
      b.match.composite - a.match.composite ||
      a.job.id.localeCompare(b.job.id),
  );
  const page = out.slice(0, limit);
  return { rows: page, degraded: page.some((r) => r.match.degraded) };
}
