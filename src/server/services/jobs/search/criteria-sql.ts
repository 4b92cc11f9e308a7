/**
 * SQL conditions for a job search, one builder per filter. Every user value is a bound
 * parameter; the constants that partial indexes are defined with (`status = 'open'`, the
 * sample range) are written as literals so the planner can match those indexes.
 */
import { and, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { JobSearchCriteria } from '@/lib/validators/search';
import { jobs } from '@/server/db/schema';
import { searchWords } from './search-words';

// A cross-source duplicate (duplicate_of set by ingestion) is listed once, through its canonical job.
export const isOpen: SQL = sql`${jobs.status} = 'open' AND ${jobs.duplicateOf} IS NULL`;

/**
 * websearch syntax: "quoted phrase", OR, -exclude. Written inline so each plan sees the value.
 * searchWords rewrites "C#", "C++" and ".NET" as the stored vectors do (search-words.ts).
 */
export const tsQuery = (keywords: string): SQL => sql`websearch_to_tsquery('english', ${searchWords(keywords)})`;

export const keywordsMatch = (keywords: string): SQL => sql`${jobs.searchVector} @@ ${tsQuery(keywords)}`;

/** Every keyword is in the title or company name (see jobs.titleVector). */
export const titleMatch = (keywords: string): SQL => sql`${jobs.titleVector} @@ ${tsQuery(keywords)}`;

/**
 * `-word` excludes a word: a title match alone does not prove the description lacks it.
 * Without an exclusion a title match implies a full match (title_vector is a prefix of search_vector).
 */
export const hasExclusion = (keywords: string): boolean => /(^|\s)-\S/.test(keywords);

/** Weights D, C (description), B (company), A (title); 32 maps the rank into [0, 1). */
export const rankExpr = (keywords: string): SQL<number> =>
  sql<number>`ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', ${jobs.searchVector}, ${tsQuery(keywords)}, 32)`.mapWith(Number);

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** "remote" (or "anywhere") as a location means "can be done remotely", not a place name. */
export const isRemoteLocation = (location: string): boolean => /^(remote|anywhere)$/i.test(location.trim());

/**
 * Case-insensitive substring of the location, served by the trigram index on lower(location).
 * "Remote" also matches every job whose remote type is remote, whatever its location text says
 * ("Austin, TX" for a remote job of an Austin company). remoteTypes stays a separate filter
 * (AND): location "remote" with remoteTypes ["onsite"] finds nothing, by design.
 */
export function locationMatch(location: string): SQL {
  const pattern = `%${escapeLike(location.trim().toLowerCase())}%`;
  const byText = sql`lower(${jobs.location}) LIKE lower(${pattern})`;
  return isRemoteLocation(location) ? (or(sql`${jobs.remoteType} = 'remote'`, byText) as SQL) : byText;
}

/** Unknown salaries stay in unless the user opts out; they are flagged in the results. */
export function salaryMatch(salaryMin: number, includeUnknown: boolean): SQL {
  // salary_annual_usd is whole dollars: a floor of 120000.5 needs 120001.
  const enough = sql`${jobs.salaryAnnualUsd} >= ${Math.ceil(salaryMin)}`;
  return includeUnknown ? (or(enough, sql`${jobs.salaryAnnualUsd} IS NULL`) as SQL) : enough;
}

/** Measured on the database clock, like posted_at defaults. */
export const postedWithin = (days: number): SQL => sql`${jobs.postedAt} >= now() - make_interval(days => ${days})`;

export interface SearchConditions {
  hasKeywords: boolean;
  jobTypes: JobSearchCriteria['jobTypes'];
  remoteTypes: JobSearchCriteria['remoteTypes'];
  /** Keyword match plus every filter except the two faceted ones. */
  base: SQL[];
  /** The base without the keyword match (candidates found through the title index). */
  baseWithoutKeywords: SQL[];
  jobType: SQL | undefined;
  remoteType: SQL | undefined;
}

/** `keywords` is passed separately: a stopword-only query searches as if it had none. */
export function searchConditions(c: JobSearchCriteria, keywords: string | undefined): SearchConditions {
  const filters: SQL[] = [isOpen];
  if (c.location) filters.push(locationMatch(c.location));
  if (c.salaryMin !== undefined) filters.push(salaryMatch(c.salaryMin, c.includeUnknownSalary));
  if (c.postedWithinDays !== undefined) filters.push(postedWithin(c.postedWithinDays));
  return {
    hasKeywords: keywords !== undefined,
    jobTypes: c.jobTypes,
    remoteTypes: c.remoteTypes,
    base: keywords ? [...filters, keywordsMatch(keywords)] : filters,
    baseWithoutKeywords: filters,
    jobType: c.jobTypes ? inArray(jobs.jobType, c.jobTypes) : undefined,
    remoteType: c.remoteTypes ? inArray(jobs.remoteType, c.remoteTypes) : undefined,
  };
}

export const allOf = (...parts: (SQL | undefined)[]): SQL | undefined => and(...parts);
