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
import { and, eq, sql } from 'drizzle-orm';
import { matchExplanation, type MatchExplanationOutput as MatchExplanation } from '@/lib/validators/matching';
import { filterConditions } from '@/server/adapters/vectors/filter-sql';
import { resolveFilter } from '@/server/adapters/vectors/filter';
import type { DbOrTx } from '@/server/db';
import { preparedPerDatabase } from '@/server/db/prepared-query';
import { jobMatchScores, jobs } from '@/server/db/schema';
import { jobSummaryColumns } from '../jobs/job-columns';
import { applicationColumn, parseApplicationColumn, type JobApplication } from './applied-jobs';
import { inPreferredPlaces, type MatchFilters } from './match-filters';
import { BAND_ORDER } from './scoring/bands';

/** What upsertScores writes in match_factors (band and factors stay for the older readers). */
export interface StoredMatchFactors {
  band: MatchExplanation['band'];
  /** The vector index was down when this was scored: a rescore once it is back improves it. */
  degraded: boolean;
  factors: MatchExplanation['factors'];
  explanation: MatchExplanation;
  basis: string;
}

export type StoredMatchRow = {
  job: Pick<typeof jobs.$inferSelect, keyof typeof jobSummaryColumns>;
  match: MatchExplanation;
  /** The seeker's application to the job, when read with it (undefined: not read). */
  application?: JobApplication | null;
};

/** Served, or why not: 'degraded' asks for a rescore once the index answers again. */
export type StoredLookup =
  { served: true; rows: StoredMatchRow[] } | { served: false; reason: 'basis' | 'degraded' | 'short' };

/**
 * What ranks a stored row: columns PostgreSQL keeps from its JSON (schema/matching.ts), so the
 * explanation is read for the page only.
 */
const ranking = {
  jobId: jobMatchScores.jobId,
  basis: jobMatchScores.rankBasis,
  band: jobMatchScores.rankBand,
  composite: jobMatchScores.rankComposite,
  degraded: jobMatchScores.rankDegraded,
  partial: jobMatchScores.rankPartial,
  location: jobs.location,
  remoteType: jobs.remoteType,
};

/** The page's jobs, explanations and the seeker's applications to them. */
const pageDetails = preparedPerDatabase((db) => {
  const userId = sql.placeholder('userId');
  return db
    .select({
      job: jobSummaryColumns,
      explanation: sql<unknown>`${jobMatchScores.matchFactors}->'explanation'`,
      application: applicationColumn(userId, jobs.id),
    })
    .from(jobMatchScores)
    .innerJoin(jobs, eq(jobs.id, jobMatchScores.jobId))
    .where(
      and(eq(jobMatchScores.userId, userId), sql`${jobMatchScores.jobId} = ANY(${sql.placeholder('page')}::uuid[])`),
    )
    .prepare('stored_match_page');
});

export async function storedMatches(
  db: DbOrTx,
  userId: string,
  basis: string,
  filters: MatchFilters,
  limit: number,
): Promise<StoredLookup> {
  // Two reads: every stored row's basis and rank (small), then the explanations of the page only;
  // parsing a hundred explanations to show twenty cost more than the rest of the request.
  const rows = await db
    .select(ranking)
    .from(jobMatchScores)
    .innerJoin(jobs, eq(jobs.id, jobMatchScores.jobId))
    .where(and(eq(jobMatchScores.userId, userId), ...filterConditions(resolveFilter(filters.vector))));
  const places = filters.places;
  const ranked: { jobId: string; partial: boolean; band: number; composite: number }[] = [];
  for (const row of rows) {
    // One row of another basis (or from before explanations were stored): the list is stale.
    if (row.basis !== basis || row.band === null || row.composite === null) return { served: false, reason: 'basis' };
    // Scored while the vector index was down (or still building): structure only. Ranked live
    // instead, which uses the index when it is back and degrades the same way when it is not.
    if (row.degraded !== false) return { served: false, reason: 'degraded' };
    if (places && !inPreferredPlaces(places, row)) continue;
    ranked.push({
      jobId: row.jobId,
      partial: row.partial === true,
      band: BAND_ORDER.indexOf(row.band as MatchExplanation['band']),
      composite: row.composite,
    });
  }
  if (ranked.length < limit) return { served: false, reason: 'short' };
  // The live order (matches-for-user.ts): rows scored in full first, then band and composite.
  ranked.sort(
    (a, b) =>
      Number(a.partial) - Number(b.partial) ||
      b.band - a.band ||
      b.composite - a.composite ||
      a.jobId.localeCompare(b.jobId),
  );
  const page = ranked.slice(0, limit).map((r) => r.jobId);
  const details = await pageDetails(db).execute({ userId, page });
  const byId = new Map(details.map((d) => [d.job.id, d]));
  const out: StoredMatchRow[] = [];
  for (const id of page) {
    const detail = byId.get(id);
    const match = matchExplanation.safeParse(detail?.explanation);
    // Changed between the two reads (a rescore committed in between): rank live this once.
    if (!detail || !match.success) return { served: false, reason: 'basis' };
    out.push({ job: detail.job, match: match.data, application: parseApplicationColumn(detail.application) });
  }
  return { served: true, rows: out };
}
