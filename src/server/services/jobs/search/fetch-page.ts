/**
 * One page of results, in the requested order.
 *
 * Used for large result sets only (count-matches.ts collects and sorts small ones, where walking
 * an order index would be ruinous: it would scan most of it looking for rare matches).
 * `newest` and `salary` walk a covering btree index on open jobs in that order and stop after
 * the page; filters on the included columns are tested without reading the table.
 *
 * `relevance` (with keywords) ranks with ts_rank_cd on search_vector (weights: title 1.0,
 * company 0.4, description 0.2) after a tier: jobs whose title or company name holds every
 * keyword come first, so a title match always beats a description match. Ranking decompresses
 * each candidate's search_vector (~5 µs a row), which rules out ranking all 170,000 matches of
 * "software" per request: see RANK_WINDOW.
 */
import { and, desc, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/server/db';
import { jobs } from '@/server/db/schema';
import { jobSummaryColumns, type toJobSummary } from '../job-columns';
import { hasExclusion, keywordsMatch, rankExpr, titleMatch, type SearchConditions } from './criteria-sql';

/**
 * Relevance order, exactly:
 *  1. the title/company matches among the RANK_WINDOW newest of them, by rank, then newest;
 *  2. every other match, newest first.
 * With at most RANK_WINDOW title matches, (1) is all of them: title matches first, ranked. A
 * description-only mention is a weak signal; among those, fresher postings come first. With more
 * title matches, older ones outside the window are not ranked and fall into (2): the
 * approximation that keeps a search for "senior" (31,000 title matches) within milliseconds.
 * The window comes from an index-only scan of idx_jobs_open_newest_covering (newest first, with
 * title_vector and the filter columns included), or from the title GIN index when title matches
 * are rare.
 */
export const RANK_WINDOW = 50;

export type PageRow = Parameters<typeof toJobSummary>[0] & { rank: number | null };
type Sort = 'relevance' | 'newest' | 'salary';

export interface PageRequest {
  conditions: SearchConditions;
  /** Usable keywords (lexemes left after stopwords), or undefined. */
  keywords: string | undefined;
  sort: Sort;
  limit: number;
  offset: number;
}

const newestFirst = [desc(jobs.postedAt), desc(jobs.id)];
const orderFor = (sort: Sort): SQL[] =>
  sort === 'salary' ? [sql`${jobs.salaryAnnualUsd} DESC NULLS LAST`, ...newestFirst] : newestFirst;

/** One slice of the jobs passing `filters` and the keywords, in `sort` order (relevance: its newest-first part). */
export async function orderedSlice(
  db: DbOrTx,
  filters: SQL[],
  req: { keywords: string | undefined; sort: Sort; limit: number; offset: number },
): Promise<PageRow[]> {
  const { keywords } = req;
  const rows = await db
    .select(keywords ? { ...jobSummaryColumns, rank: rankExpr(keywords) } : jobSummaryColumns)
    .from(jobs)
    .where(and(...filters, keywords ? keywordsMatch(keywords) : undefined))
    .orderBy(...orderFor(req.sort))
    .limit(req.limit)
    .offset(req.offset);
  return rows.map((r) => ({ rank: null, ...r }));
}

export async function fetchPage(db: DbOrTx, req: PageRequest): Promise<PageRow[]> {
  const { conditions: c, keywords } = req;
  const filters = [...c.baseWithoutKeywords, c.jobType, c.remoteType].filter((f): f is SQL => f !== undefined);
  if (req.sort !== 'relevance' || !keywords) {
    return orderedSlice(db, filters, { ...req, sort: req.sort === 'salary' ? 'salary' : 'newest' });
  }
  const first = await fetchTitleWindow(db, req, keywords);
  if (first.rows.length === req.limit) return first.rows;
  // Past the window: the other matches, newest first.
  const rest = await orderedSlice(
    db,
    first.size > 0 ? [...filters, sql`${jobs.id} NOT IN (${titleWindowIds(db, titleTier(c, keywords))})`] : filters,
    { ...req, sort: 'newest', limit: req.limit - first.rows.length, offset: Math.max(0, req.offset - first.size) },
  );
  return [...first.rows, ...rest];
}

interface TitleWindow {
  /** The requested slice of the ranked window (may be short or empty). */
  rows: PageRow[];
  /** How many jobs the window holds (at most RANK_WINDOW). */
  size: number;
}

/** Candidates for the window: every filter and the keywords in the title or company name. */
export const titleTier = (c: SearchConditions, keywords: string) =>
  and(...c.baseWithoutKeywords, c.jobType, c.remoteType, titleMatch(keywords));

/** The window's ids: the RANK_WINDOW newest title-tier jobs (an index-only scan, or the title GIN). */
export const titleWindowIds = (db: DbOrTx, where: SQL | undefined) =>
  db
    .select({ id: jobs.id })
    .from(jobs)
    .where(where)
    .orderBy(...newestFirst)
    .limit(RANK_WINDOW);

/** Part (1) of the relevance order: the requested slice of the ranked window. */
async function fetchTitleWindow(db: DbOrTx, req: PageRequest, keywords: string): Promise<TitleWindow> {
  const tier = titleTier(req.conditions, keywords);
  const rank = rankExpr(keywords);
  // Only the requested slice leaves the database (rows cost ~20 µs each to parse here), with the
  // window's size alongside to place what follows it. A title match proves the full match unless
  // the query excludes a word ("-intern" may be in the description): then the window's rows are
  // checked (each check decompresses a search_vector), and it may hold fewer than RANK_WINDOW.
  const ranked = await db
    .select({ ...jobSummaryColumns, rank, windowSize: sql<number>`count(*) OVER ()`.mapWith(Number) })
    .from(jobs)
    .where(
      and(
        sql`${jobs.id} IN (${titleWindowIds(db, tier)})`,
        hasExclusion(keywords) ? keywordsMatch(keywords) : undefined,
      ),
    )
    .orderBy(desc(rank), ...newestFirst)
    .limit(req.limit)
    .offset(req.offset);
  const rows: PageRow[] = ranked.map(({ windowSize: _size, ...row }) => row);
  // An empty slice at offset 0 is an empty window; past it, the size must be counted.
  const size = ranked[0]?.windowSize ?? (req.offset === 0 ? 0 : await countWindow(db, tier, keywords));
  return { rows, size };
}

async function countWindow(db: DbOrTx, tier: SQL | undefined, keywords: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(jobs)
    .where(
      and(
        sql`${jobs.id} IN (${titleWindowIds(db, tier)})`,
        hasExclusion(keywords) ? keywordsMatch(keywords) : undefined,
      ),
    );
  return row?.n ?? 0;
}
