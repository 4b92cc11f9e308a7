/**
 * The "best match" order for a signed-in seeker: their stored matches (job_match_scores, kept
 * fresh by the matching workflows) that pass the search, by match score; then every other
 * result, newest first. The stored matches are a seeker's best hundred, so the first part is
 * small and read through the scores' (user, composite) index.
 */
import { and, desc, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/server/db';
import { jobMatchScores, jobs } from '@/server/db/schema';
import { jobSummaryColumns } from '../../jobs/job-columns';
import { keywordsMatch } from './criteria-sql';
import { orderedSlice, type PageRequest, type PageRow } from './fetch-page';

export type MatchPageRow = PageRow & { matchScore: number | null };

export async function fetchMatchPage(db: DbOrTx, req: PageRequest, userId: string): Promise<MatchPageRow[]> {
  const { conditions: c, keywords } = req;
  const filters = [...c.baseWithoutKeywords, c.jobType, c.remoteType].filter((f): f is SQL => f !== undefined);
  const all = keywords ? [...filters, keywordsMatch(keywords)] : filters;
  const scored = await db
    .select({
      ...jobSummaryColumns,
      matchScore: jobMatchScores.compositeScore,
      windowSize: sql<number>`count(*) OVER ()`.mapWith(Number),
    })
    .from(jobMatchScores)
    .innerJoin(jobs, sql`${jobs.id} = ${jobMatchScores.jobId}`)
    .where(and(sql`${jobMatchScores.userId} = ${userId}`, ...all))
    .orderBy(desc(jobMatchScores.compositeScore), desc(jobs.postedAt), desc(jobs.id))
    .limit(req.limit)
    .offset(req.offset);
  const first: MatchPageRow[] = scored.map(({ windowSize: _w, ...row }) => ({ ...row, rank: null }));
  if (first.length === req.limit) return first;
  const size = scored[0]?.windowSize ?? (req.offset === 0 ? 0 : await countScored(db, userId, all));
  const notScored = sql`NOT EXISTS (SELECT 1 FROM ${jobMatchScores} s WHERE s.job_id = ${jobs.id} AND s.user_id = ${userId})`;
  const rest = await orderedSlice(db, [...filters, notScored], {
    keywords,
    sort: 'newest',
    limit: req.limit - first.length,
    offset: Math.max(0, req.offset - size),
  });
  return [...first, ...rest.map((r) => ({ ...r, rank: null, matchScore: null }))];
}

async function countScored(db: DbOrTx, userId: string, where: SQL[]): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(jobMatchScores)
    .innerJoin(jobs, sql`${jobs.id} = ${jobMatchScores.jobId}`)
    .where(and(sql`${jobMatchScores.userId} = ${userId}`, ...where));
  return row?.n ?? 0;
}
