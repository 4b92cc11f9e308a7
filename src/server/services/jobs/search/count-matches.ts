/**
 * Total and facet counts, and (for small result sets) the page itself, in one statement.
 *
 * Facets: the matching jobs are grouped by (job type, remote type) without the two faceted
 * filters; JS sums the cells into the total (both selections applied) and each facet with every
 * OTHER filter applied, the usual faceted-search convention (see searchFacets in the validators).
 *
 * Counting reads every matching row (a page read each, ~3 µs): the 170,000 matches of "software"
 * would take half a second. So the statement first counts a fixed 1/128 random sample of open
 * jobs (two small partial indexes). Only when the sample says the set is small does it go on, in
 * the same statement (a one-time filter), to collect every match: exact counts, and the requested
 * page sorted in memory. Otherwise the scaled sample counts are the answer, flagged `estimated`,
 * and fetch-page.ts walks an order index for the page.
 *
 * A small site (few open jobs in all, like the demo's 1,908) is always collected: estimates there
 * would be needless and visibly wrong. On a large site a facet value the sample saw too few times
 * to estimate is returned as null (no number) rather than a guess its own click would contradict.
 */
import { sql, type SQL } from 'drizzle-orm';
import { JOB_TYPES, REMOTE_TYPES, type JobType, type RemoteType } from '@/lib/validators/enums';
import { emptyFacets, type JobSearchCriteria, type SearchFacets } from '@/lib/validators/search';
import type { DbOrTx } from '@/server/db';
import { jobs } from '@/server/db/schema';
import { allOf, isOpen, rankExpr, type SearchConditions } from './criteria-sql';
import { titleTier, titleWindowIds, type PageRow } from './fetch-page';
import { occupationBoost, type QueryOccupation } from './query-occupations';

/**
 * The sample is the open jobs whose id starts with byte 0x00 or 0x01, written two ways on purpose.
 * A keyword search must read it through the sample GIN index: through the btree one PostgreSQL
 * would test `@@` on every sampled row, decompressing each search_vector (its cost model does not
 * see that), ~3x slower. Each index predicate is implied only by its own spelling, so the
 * spelling picks the index. Both repeat the index predicates verbatim, as literals.
 */
export const inSampleForText: SQL = sql`${jobs.id} < '02000000-0000-0000-0000-000000000000'::uuid`;
export const inSampleForFilters: SQL = sql`${jobs.id} <= '01ffffff-ffff-ffff-ffff-ffffffffffff'::uuid`;
export const SAMPLE_RATE = 128;
/**
 * Up to this many sample hits (~1,000 expected matches, each a page read: a few ms) the set is
 * collected and counted exactly; beyond, the estimate (relative error about 1/sqrt(hits), 35% here).
 */
export const COLLECT_MAX_SAMPLE_HITS = 8;
/** Collecting stops here (an unlucky sample): the estimate and an index walk take over. */
export const COLLECT_CAP = 5000;
/**
 * A site with at most this many open jobs in the sample (~4,000 open jobs) collects every search:
 * at most COLLECT_CAP page reads. Counting the site's sample is an index-only scan of ~1/128 of
 * the open jobs (~1,500 entries at 190,000 jobs).
 */
export const SMALL_SITE_SAMPLE_HITS = 32;

export type Cells = Map<`${JobType}|${RemoteType}`, number>;

export interface MatchCounts {
  total: number;
  facets: { jobType: Record<JobType, number>; remoteType: Record<RemoteType, number> };
  estimated: boolean;
}

export interface SearchCounts {
  total: number;
  estimated: boolean;
  facets: SearchFacets;
  facetsEstimated: { jobType: boolean; remoteType: boolean };
}

export interface Collected {
  /** Sample counts (rows matching every filter but the faceted ones, by type). */
  sample: Cells;
  /** Exact cells, or null when the set was too large to collect. */
  exact: Cells | null;
  /** The exact total when only the set narrowed by the type filters was collected. */
  exactTotal: number | null;
  /** The cells of that narrowed set (both type filters applied), else null. */
  narrowed: Cells | null;
  /** The page, when collected (small sets); null otherwise. */
  page: PageRow[] | null;
}

export interface CollectRequest {
  conditions: SearchConditions;
  keywords: string | undefined;
  sort: 'relevance' | 'newest' | 'salary';
  limit: number;
  offset: number;
  /** What the keywords read as (query-occupations.ts), for relevance past the title matches. */
  occupations?: readonly QueryOccupation[];
}

const list = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

const parseCells = (json: string | null): Cells => {
  const cells: Cells = new Map();
  for (const [j, r, n] of JSON.parse(json ?? '[]') as [JobType, RemoteType, number][]) cells.set(`${j}|${r}`, n);
  return cells;
};

/**
 * Relevance in the collected set starts as in fetch-page.ts: the same window (the RANK_WINDOW
 * newest title/company matches) ranked first. The rest, jobs that only mention the keywords, is
 * ordered by its text rank plus the weight of the job's occupation among those the query reads as
 * (query-occupations.ts): a collected set is small (ranking ~1,000 rows costs a few
 * milliseconds), and by date alone a passing mention of "software" and "engineer" in an
 * Environmental Engineer's posting came before a Backend Software Developer's.
 */
function pageOrder(sort: CollectRequest['sort'], keywords: string | undefined, m: 'm' | 'r'): SQL {
  const t = sql.raw(m);
  if (sort === 'salary') return sql`${t}.salary DESC NULLS LAST, ${t}.posted_at DESC, ${t}.id DESC`;
  if (sort === 'relevance' && keywords) {
    return sql`${t}.in_window DESC, ${t}.window_rank DESC NULLS LAST, ${t}.score DESC, ${t}.posted_at DESC, ${t}.id DESC`;
  }
  return sql`${t}.posted_at DESC, ${t}.id DESC`;
}

/** The statement (exported for EXPLAIN while tuning: see scripts/bench). */
export function collectQuery(db: DbOrTx, req: CollectRequest) {
  const { conditions: c, keywords } = req;
  const base = allOf(...c.base);
  const inSample = c.hasKeywords ? inSampleForText : inSampleForFilters;
  const typeFilter = (alias: string) =>
    allOf(
      c.jobTypes ? sql`${sql.raw(alias)}.job_type IN (${list(c.jobTypes)})` : undefined,
      c.remoteTypes ? sql`${sql.raw(alias)}.remote_type IN (${list(c.remoteTypes)})` : undefined,
    );
  const onMatching = typeFilter('m');
  const onJobs = allOf(c.jobType, c.remoteType);
  const sampleHits = (filter: SQL | undefined) =>
    sql`(SELECT coalesce(sum(n), 0) FROM sample s ${filter ? sql`WHERE ${filter}` : sql``})`;
  const smallSite = sql`(SELECT n FROM site) <= ${SMALL_SITE_SAMPLE_HITS}`;
  const smallBase = sql`(${sampleHits(undefined)} <= ${COLLECT_MAX_SAMPLE_HITS} OR ${smallSite})`;
  const smallTotal = sql`${sampleHits(typeFilter('s'))} <= ${COLLECT_MAX_SAMPLE_HITS}`;
  const relevance = req.sort === 'relevance' && keywords !== undefined;
  const rank = keywords ? rankExpr(keywords) : sql`NULL::real`;
  const score = relevance ? sql`(${rank} + ${occupationBoost(req.occupations ?? [])})` : sql`NULL::real`;
  const matchingColumns = sql`${jobs.id} AS id, ${jobs.jobType} AS job_type, ${jobs.remoteType} AS remote_type,
        ${jobs.postedAt} AS posted_at, ${jobs.salaryAnnualUsd} AS salary, ${score} AS score`;
  const statement = sql`
    WITH site AS (
      SELECT count(*)::int AS n FROM ${jobs} WHERE ${allOf(isOpen, inSampleForFilters)}
    ), sample AS (
      SELECT ${jobs.jobType} AS job_type, ${jobs.remoteType} AS remote_type, count(*)::int AS n
      FROM ${jobs} WHERE ${allOf(base, inSample)} GROUP BY 1, 2
    ), matching AS (
      -- Each branch sits behind a one-time filter: at most one of them reads the table.
      (SELECT ${matchingColumns} FROM ${jobs} WHERE ${base} AND ${smallBase} LIMIT ${COLLECT_CAP})
      UNION ALL
      (SELECT ${matchingColumns} FROM ${jobs}
       WHERE ${allOf(base, onJobs)} AND NOT ${smallBase} AND ${smallTotal} LIMIT ${COLLECT_CAP})
    ), title_window AS (
      SELECT ${jobs.id} AS id, ${rank} AS window_rank FROM ${jobs}
      WHERE ${relevance && keywords ? sql`${jobs.id} IN (${titleWindowIds(db, titleTier(c, keywords))})` : sql`false`}
        AND ${jobs.id} IN (SELECT id FROM matching)
    ), page AS (
      SELECT m.id FROM (
        SELECT m.*, w.id IS NOT NULL AS in_window, w.window_rank
        FROM matching m LEFT JOIN title_window w ON w.id = m.id
        WHERE ${onMatching ?? sql`true`}
      ) m
      ORDER BY ${pageOrder(req.sort, keywords, 'm')}
      LIMIT ${req.limit} OFFSET ${req.offset}
    )
    SELECT s.*, p.* FROM (
      SELECT
        (SELECT json_agg(json_build_array(job_type, remote_type, n))::text FROM sample) AS sample_cells,
        (SELECT json_agg(json_build_array(job_type, remote_type, n))::text
           FROM (SELECT job_type, remote_type, count(*)::int AS n FROM matching GROUP BY 1, 2) e) AS exact_cells,
        (SELECT count(*)::int FROM matching) AS matched,
        (SELECT n FROM site) AS site_hits
    ) s
    LEFT JOIN (
      SELECT ${jobs.id} AS id, ${jobs.title} AS title, ${jobs.companyName} AS company_name,
        ${jobs.location} AS location, ${jobs.remoteType} AS remote_type, ${jobs.jobType} AS job_type,
        ${jobs.salaryMin} AS salary_min, ${jobs.salaryMax} AS salary_max, ${jobs.salaryCurrency} AS salary_currency,
        ${jobs.salaryPeriod} AS salary_period, ${jobs.salaryAnnualUsd} AS salary, ${jobs.requiredSkills} AS required_skills,
        ${jobs.postedAt} AS posted_at, ${rank} AS rank, ${score} AS score,
        w.id IS NOT NULL AS in_window, w.window_rank
      FROM ${jobs} LEFT JOIN title_window w ON w.id = ${jobs.id}
      WHERE ${jobs.id} IN (SELECT id FROM page)
    ) p ON true`;

  return db
    .select({
      sampleCells: sql<string | null>`r.sample_cells`,
      exactCells: sql<string | null>`r.exact_cells`,
      matched: sql<number>`r.matched`.mapWith(Number),
      siteHits: sql<number>`r.site_hits`.mapWith(Number),
      id: sql<string | null>`r.id`,
      title: sql<string>`r.title`,
      companyName: sql<string>`r.company_name`,
      location: sql<string>`r.location`,
      remoteType: sql<RemoteType>`r.remote_type`,
      jobType: sql<JobType>`r.job_type`,
      salaryMin: sql<number | null>`r.salary_min`,
      salaryMax: sql<number | null>`r.salary_max`,
      salaryCurrency: sql<string | null>`r.salary_currency`,
      salaryPeriod: sql<PageRow['salaryPeriod']>`r.salary_period`,
      salaryAnnualUsd: sql<number | null>`r.salary`,
      requiredSkills: sql<string[]>`r.required_skills`.mapWith(jobs.requiredSkills),
      postedAt: sql<Date>`r.posted_at`.mapWith(jobs.postedAt),
      rank: sql<number | null>`r.rank`.mapWith((v: unknown) => (v === null ? null : Number(v))),
    })
    .from(sql`(${statement}) AS r`)
    .orderBy(pageOrder(req.sort, keywords, 'r'));
}

export async function collectMatches(db: DbOrTx, req: CollectRequest): Promise<Collected> {
  const { jobTypes, remoteTypes } = req.conditions;
  const rows = await collectQuery(db, req);
  const first = rows[0];
  const sample = parseCells(first?.sampleCells ?? null);
  let hitsBase = 0;
  let hitsTotal = 0;
  for (const [key, n] of sample) {
    const [j, r] = key.split('|') as [JobType, RemoteType];
    hitsBase += n;
    if ((!jobTypes || jobTypes.includes(j)) && (!remoteTypes || remoteTypes.includes(r))) hitsTotal += n;
  }
  const matched = first?.matched ?? 0;
  const smallSite = (first?.siteHits ?? 0) <= SMALL_SITE_SAMPLE_HITS;
  if ((hitsTotal > COLLECT_MAX_SAMPLE_HITS && !smallSite) || matched >= COLLECT_CAP) {
    return { sample, exact: null, exactTotal: null, narrowed: null, page: null };
  }
  const page = rows.flatMap(({ sampleCells: _s, exactCells: _e, matched: _m, siteHits: _h, id, ...row }) =>
    id === null ? [] : [{ ...row, id, rank: req.keywords ? row.rank : null }],
  );
  const cells = parseCells(first?.exactCells ?? null);
  // A large set narrowed to a few by job or remote type: the page and total are exact, and so
  // are the facets of a group left unfiltered; the others need the rest of the large set.
  if (hitsBase > COLLECT_MAX_SAMPLE_HITS && !smallSite) {
    return { sample, exact: null, exactTotal: matched, narrowed: cells, page };
  }
  return { sample, exact: cells, exactTotal: null, narrowed: null, page };
}

type Criteria = Partial<Pick<JobSearchCriteria, 'jobTypes' | 'remoteTypes'>>;

/**
 * Total and facets as the page shows them. Every facet number is what ticking that value then
 * counts: exact where the click would count exactly, the same scaled sample cells where the click
 * would estimate, and null where the sample saw too few to estimate (the click counts exactly).
 */
export function searchCounts(collected: Collected, c: Criteria): SearchCounts {
  if (collected.exact) {
    const exact = summarize(collected.exact, c);
    return { ...exact, facetsEstimated: { jobType: false, remoteType: false } };
  }
  const hits = summarize(collected.sample, c);
  const est = summarize(collected.sample, c, SAMPLE_RATE);
  const facets = emptyFacets();
  for (const j of JOB_TYPES) {
    facets.jobType[j] = hits.facets.jobType[j] > COLLECT_MAX_SAMPLE_HITS ? est.facets.jobType[j] : null;
  }
  for (const r of REMOTE_TYPES) {
    facets.remoteType[r] = hits.facets.remoteType[r] > COLLECT_MAX_SAMPLE_HITS ? est.facets.remoteType[r] : null;
  }
  const facetsEstimated = { jobType: true, remoteType: true };
  if (collected.narrowed) {
    const exact = summarize(collected.narrowed, c);
    if (!c.remoteTypes) {
      facets.remoteType = exact.facets.remoteType;
      facetsEstimated.remoteType = false;
    }
    if (!c.jobTypes) {
      facets.jobType = exact.facets.jobType;
      facetsEstimated.jobType = false;
    }
  }
  if (collected.exactTotal !== null) return { total: collected.exactTotal, estimated: false, facets, facetsEstimated };
  return { total: est.total, estimated: true, facets, facetsEstimated };
}

/** Two significant digits: an estimate must not look precise ("about 170,000"). */
export const roundEstimate = (n: number): number => {
  if (n < 100) return Math.round(n);
  const magnitude = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / magnitude) * magnitude;
};

const zeros = <T extends string>(keys: readonly T[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<T, number>;

export function summarize(
  cells: Cells,
  c: Partial<Pick<JobSearchCriteria, 'jobTypes' | 'remoteTypes'>>,
  scale = 1,
): MatchCounts {
  const jt = new Set<JobType>(c.jobTypes ?? JOB_TYPES);
  const rt = new Set<RemoteType>(c.remoteTypes ?? REMOTE_TYPES);
  const facets = { jobType: zeros(JOB_TYPES), remoteType: zeros(REMOTE_TYPES) };
  let total = 0;
  for (const j of JOB_TYPES) {
    for (const r of REMOTE_TYPES) {
      const n = cells.get(`${j}|${r}`) ?? 0;
      if (rt.has(r)) facets.jobType[j] += n;
      if (jt.has(j)) facets.remoteType[r] += n;
      if (jt.has(j) && rt.has(r)) total += n;
    }
  }
  if (scale === 1) return { total, facets, estimated: false };
  const est = (n: number) => roundEstimate(n * scale);
  for (const j of JOB_TYPES) facets.jobType[j] = est(facets.jobType[j]);
  for (const r of REMOTE_TYPES) facets.remoteType[r] = est(facets.remoteType[r]);
  return { total: est(total), facets, estimated: true };
}
