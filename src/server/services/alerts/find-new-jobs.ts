/**
 * "New jobs" for a saved search: open jobs matching its criteria that entered this database after
 * the search's alert cursor, whatever their source, and (with a minimum) that the seeker matches
 * well enough.
 *
 * New means created_at, not posted_at: a board's posting date can be days before we ingest the
 * job (or be missing and defaulted), so a posted_at cursor would silently skip every job that
 * arrives late. The window reaches back CURSOR_OVERLAP_MS before the cursor, because a job
 * inserted by a transaction that commits after a run started carries a created_at before that
 * run; jobs already alerted for the search are excluded, so the overlap never repeats one.
 */
import { and, count, desc, gt, sql } from 'drizzle-orm';
import type { JobSearchCriteria } from '@/lib/validators/search';
import type { DbOrTx } from '@/server/db';
import { jobs } from '@/server/db/schema';
import { searchConditions, tsQuery } from '../jobs/search/criteria-sql';
import type { MatchingContext } from '../matching/matching-context';
import { readCriteria, type SavedSearchRow } from './saved-search-row';
import { scoreJobsForSeeker } from './score-for-seeker';

export const CURSOR_OVERLAP_MS = 60 * 60 * 1000;
/** Jobs recorded (and scored) per saved search and run; the digest counts the rest. */
export const NEW_JOBS_CAP = 500;
/** Beyond this the digest says "10,000+". */
const COUNT_CAP = 10_000;

export interface NewJob {
  id: string;
  /** Composite match score (0-1) when the search has a minimum, else null. */
  matchScore: number | null;
}

export interface NewJobs {
  jobs: NewJob[];
  /** Matching new jobs not in `jobs` (past the cap; unknown, so 0, when a minimum score applies). */
  more: number;
}

/** A keyword query of stopwords only ("the") matches nothing: search as if it had none, like the search page. */
async function usableKeywords(db: DbOrTx, keywords: string | undefined): Promise<string | undefined> {
  if (!keywords) return undefined;
  const [row] = await db
    .select({ n: sql<number>`numnode(${tsQuery(keywords)})`.mapWith(Number) })
    .from(sql`(VALUES (1)) AS one(x)`);
  return (row?.n ?? 0) > 0 ? keywords : undefined;
}

export const cursorStart = (search: Pick<SavedSearchRow, 'createdAt' | 'lastAlertedAt'>): Date =>
  new Date(
    Math.max(search.createdAt.getTime(), (search.lastAlertedAt ?? search.createdAt).getTime() - CURSOR_OVERLAP_MS),
  );

export async function findNewJobsForSearch(mc: MatchingContext, search: SavedSearchRow): Promise<NewJobs> {
  const criteria: JobSearchCriteria = { ...readCriteria(search.criteria), sort: 'newest', page: 1, limit: 1 };
  const c = searchConditions(criteria, await usableKeywords(mc.db, criteria.keywords));
  const where = and(
    ...c.base,
    c.jobType,
    c.remoteType,
    gt(jobs.createdAt, cursorStart(search)),
    sql`NOT EXISTS (SELECT 1 FROM alert_deliveries d WHERE d.saved_search_id = ${search.id} AND d.job_id = ${jobs.id})`,
  );
  const rows = await mc.db
    .select({ id: jobs.id })
    .from(jobs)
    .where(where)
    .orderBy(desc(jobs.createdAt), desc(jobs.id))
    .limit(NEW_JOBS_CAP + 1);
  const capped = rows.length > NEW_JOBS_CAP;
  const ids = rows.slice(0, NEW_JOBS_CAP).map((r) => r.id);

  if (search.minMatchScore === null) {
    let more = 0;
    if (capped) {
      const bounded = mc.db.select({ id: jobs.id }).from(jobs).where(where).limit(COUNT_CAP).as('bounded');
      const [n] = await mc.db.select({ n: count() }).from(bounded);
      more = (n?.n ?? 0) - ids.length;
    }
    return { jobs: ids.map((id) => ({ id, matchScore: null })), more };
  }
  const scores = await scoreJobsForSeeker(mc, search.userId, ids);
  const floor = search.minMatchScore;
  return {
    // Rounded as the match badge shows it: a job shown as 70 % passes a 70 % minimum.
    jobs: ids.flatMap((id) => {
      const score = scores.get(id);
      return score !== undefined && Math.round(score * 100) >= floor ? [{ id, matchScore: score }] : [];
    }),
    more: 0,
  };
}
