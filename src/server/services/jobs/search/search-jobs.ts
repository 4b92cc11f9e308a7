import { sql } from 'drizzle-orm';
import { env } from '@/env';
import {
  SEARCH_MAX_PAGE,
  jobSearchInput,
  type JobSearchCriteria,
  type JobSearchInput,
  type JobSearchOutput,
} from '@/lib/validators/search';
import type { Cache } from '@/server/adapters/cache/types';
import type { DbOrTx } from '@/server/db';
import { AppError } from '@/server/errors';
import { toJobSummary } from '../job-columns';
import { collectMatches, searchCounts } from './count-matches';
import { searchConditions, tsQuery } from './criteria-sql';
import { fetchMatchPage } from './fetch-match-page';
import { fetchPage, type PageRow } from './fetch-page';
import { getJobsVersion, searchCacheKey } from './jobs-version';
import { anyOfWords } from './any-of-words';
import { queryOccupations } from './query-occupations';

export interface SearchDeps {
  /** Omitted or null: no caching (benchmarks, scripts). The router passes getCache(). */
  cache?: Cache | null;
  ttlSeconds?: number;
  /** The signed-in user, for sort `match` (their stored matches first). Such results are never cached. */
  matchUserId?: string | null;
}

type Computed = Omit<JobSearchOutput, 'cached' | 'degraded'>;

/**
 * Full-text job search over open jobs with filters, sorts, facets and pagination.
 * See criteria-sql.ts (filters), fetch-page.ts (orders, relevance) and count-matches.ts
 * (total and facets, exact or estimated).
 */
export async function searchJobs(db: DbOrTx, raw: JobSearchInput, deps: SearchDeps = {}): Promise<JobSearchOutput> {
  const criteria = jobSearchInput.parse(raw);
  if (criteria.sort === 'match') {
    if (!deps.matchUserId) {
      throw new AppError('VALIDATION_ERROR', 'Sign in to sort jobs by how well they match you.', {
        fields: { sort: ['Sign in to sort by best match.'] },
      });
    }
    return { ...(await compute(db, criteria, deps.matchUserId)), cached: false, degraded: false };
  }
  const cache = deps.cache ?? null;
  const ttl = deps.ttlSeconds ?? env.SEARCH_CACHE_TTL_SECONDS;
  if (!cache || ttl <= 0) return { ...(await compute(db, criteria)), cached: false, degraded: false };

  const key = searchCacheKey(await getJobsVersion(cache), criteria);
  const hit = await cache.get<Computed>(key);
  if (hit) return { ...hit, cached: true, degraded: cache.degraded };
  const result = await compute(db, criteria);
  await cache.set(key, result, ttl);
  return { ...result, cached: false, degraded: cache.degraded };
}

/** False for a query of stopwords or punctuation only ("the", "!!!"): it has nothing to match. */
async function hasLexemes(db: DbOrTx, keywords: string): Promise<boolean> {
  const [row] = await db
    .select({ n: sql<number>`numnode(${tsQuery(keywords)})`.mapWith(Number) })
    .from(sql`(VALUES (1)) AS one(x)`);
  return (row?.n ?? 0) > 0;
}

async function compute(db: DbOrTx, criteria: JobSearchCriteria, matchUserId?: string): Promise<Computed> {
  const first = await run(db, criteria, criteria.keywords, matchUserId);
  if (!criteria.keywords || first.total > 0) return first;
  // Checked only after an empty result, so ordinary searches pay no extra round trip.
  // An empty text query matches nothing; rather than "no results" for "the", search without it.
  if (!(await hasLexemes(db, criteria.keywords)))
    return { ...(await run(db, criteria, undefined, matchUserId)), noWords: true };
  // No job holds every word ("registered nurse" where postings say "nurse"): the jobs holding
  // some of them, ranked as usual (those with more of the words and the occupation named first).
  const any = anyOfWords(criteria.keywords);
  if (!any) return first;
  const some = await run(db, criteria, any, matchUserId);
  return some.total > 0 ? { ...some, someWords: true } : first;
}

/**
 * The counting statement first (count-matches.ts): for a small result set it also returns the
 * page. Only for a large one does a second query walk an order index for the page (fetch-page.ts).
 * Running the page query alongside the count was measured slower here (p50 9.0 vs 8.4 ms on two
 * cores): for most searches it would be wasted work competing for the same CPUs.
 */
async function run(
  db: DbOrTx,
  criteria: JobSearchCriteria,
  keywords: string | undefined,
  matchUserId?: string,
): Promise<Computed> {
  const conditions = searchConditions(criteria, keywords);
  const { page, limit } = criteria;
  // Best match: counted like any search; the page comes from the user's stored matches.
  const sort = criteria.sort === 'match' ? 'newest' : criteria.sort;
  const occupations = keywords && sort === 'relevance' ? queryOccupations(keywords) : [];
  const request = { conditions, keywords, sort, limit, offset: (page - 1) * limit, occupations } as const;
  const collected = await collectMatches(db, request);
  const rows: (PageRow & { matchScore?: number | null })[] = matchUserId
    ? await fetchMatchPage(db, request, matchUserId)
    : (collected.page ?? (await fetchPage(db, request)));
  const counts = searchCounts(collected, criteria);
  // An estimate can undershoot what the page itself proves exists (a rare job type in a large set).
  const total = Math.max(counts.total, rows.length > 0 ? request.offset + rows.length : 0);
  const now = Date.now();
  return {
    items: rows.map((r) => ({
      ...toJobSummary(r, now),
      salaryUnknown: criteria.salaryMin !== undefined && r.salaryAnnualUsd === null,
      rank: r.rank,
      ...(matchUserId ? { matchScore: r.matchScore ?? null } : {}),
    })),
    page,
    limit,
    total,
    totalPages: Math.min(Math.ceil(total / limit), SEARCH_MAX_PAGE),
    estimated: counts.estimated,
    facetsEstimated: counts.facetsEstimated,
    facets: counts.facets,
  };
}
