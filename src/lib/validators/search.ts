/**
 * Job search: the criteria the search page sends (and keeps in its URL), and what comes back.
 * Client-safe: no server imports.
 */
import { z } from 'zod';
import { JOB_TYPES, REMOTE_TYPES, type JobType, type RemoteType } from './enums';
import { jobSummary, paginated } from './jobs';
import { SEARCH_SORTS } from './search-sorts';
import { withoutControlCharacters } from '@/lib/control-characters';
import { SEARCH_KEYWORDS_MAX, SEARCH_LOCATION_MAX } from '@/lib/search-limits';

export { SEARCH_SORTS, type SearchSort } from './search-sorts';

export const SEARCH_MAX_PAGE = 500;
export const SEARCH_MAX_LIMIT = 50;
export const SEARCH_DEFAULT_LIMIT = 20;

/** Blank strings mean "no filter": a cleared search box must not filter on ''. */
const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((v) => (v ? v.replace(/\s+/g, ' ') : undefined));

/** Sorted and deduplicated, so equal criteria give equal cache keys and URLs. */
const enumSet = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .array(z.enum(values))
    .max(values.length * 2)
    .optional()
    .transform((v) => (v && v.length > 0 ? [...new Set(v)].sort() : undefined));

export const jobSearchInput = z.object({
  /**
   * PostgreSQL websearch syntax: `"exact phrase"`, `a OR b`, `-excluded`. A query made only of
   * stopwords or punctuation ("the", "!!!") searches as if it were empty.
   */
  keywords: optionalText(SEARCH_KEYWORDS_MAX, `Keep the search under ${SEARCH_KEYWORDS_MAX} characters.`),
  /** Case-insensitive substring of the job's location; "remote" also matches every remote job. */
  location: optionalText(SEARCH_LOCATION_MAX, `Keep the location under ${SEARCH_LOCATION_MAX} characters.`),
  jobTypes: enumSet(JOB_TYPES),
  remoteTypes: enumSet(REMOTE_TYPES),
  /** Yearly USD, compared with the job's normalized yearly midpoint (salary_annual_usd). */
  salaryMin: z.number().min(0, 'Salary cannot be negative.').max(10_000_000, 'At most 10,000,000.').optional(),
  /** With salaryMin: keep jobs whose salary is unknown (flagged `salaryUnknown`) instead of dropping them. */
  includeUnknownSalary: z.boolean().default(true),
  postedWithinDays: z.number().int().min(1).max(365).optional(),
  /** `relevance` needs keywords; without them it sorts by `newest`. */
  sort: z.enum(SEARCH_SORTS).default('relevance'),
  page: z.number().int().min(1, 'Page starts at 1.').max(SEARCH_MAX_PAGE, 'Page is too far.').default(1),
  limit: z
    .number()
    .int()
    .min(1)
    .max(SEARCH_MAX_LIMIT, `At most ${SEARCH_MAX_LIMIT} per page.`)
    .default(SEARCH_DEFAULT_LIMIT),
});
export type JobSearchInput = z.input<typeof jobSearchInput>;
export type JobSearchCriteria = z.output<typeof jobSearchInput>;

export const jobSearchItem = jobSummary.extend({
  /**
   * The job has no normalized yearly salary, so a salary floor could not be checked against it
   * (with salaryMin set it is kept unless includeUnknownSalary is false).
   */
  salaryUnknown: z.boolean(),
  /** Text relevance (higher is better); null when the search had no keywords. */
  rank: z.number().nullable(),
  /** With sort `match`: the caller's match score (0-1) for the job, null when not among their matches. */
  matchScore: z.number().min(0).max(1).nullable().optional(),
});
export type JobSearchItem = z.infer<typeof jobSearchItem>;

const count = z.number().int().min(0);

/**
 * Facet counts follow the usual faceted-search convention: each facet is counted with every
 * OTHER filter applied, and its own ignored. With remoteTypes=['remote'] selected, the
 * remoteType facet still shows how many onsite and hybrid jobs the rest of the query has, so
 * the page can offer "+ hybrid (42)"; the jobType facet counts only remote jobs.
 */
export const searchFacets = z.object({
  /** null: too rare in the sample to estimate; ticking it counts exactly. Show no number. */
  jobType: z.record(z.enum(JOB_TYPES), count.nullable()),
  remoteType: z.record(z.enum(REMOTE_TYPES), count.nullable()),
});
export type SearchFacets = z.infer<typeof searchFacets>;

export const jobSearchOutput = paginated(jobSearchItem).extend({
  /** Never more than SEARCH_MAX_PAGE: pages beyond it cannot be requested. */
  totalPages: z.number().int().min(0).max(SEARCH_MAX_PAGE),
  /**
   * `total` is an estimate, two significant digits, from a fixed random sample: the search
   * matches too many jobs to count on every keystroke (roughly 1,000 or more). Show "about
   * 170,000 jobs". Small result sets are always counted exactly.
   */
  estimated: z.boolean(),
  /**
   * Per facet group: its numbers are estimates (as above), each the figure its click then shows.
   * When the job/remote type filters narrow a large set to a few hundred, the total is exact and
   * so is the facet group left unfiltered; the filtered group's facets describe the large set.
   */
  facetsEstimated: z.object({ jobType: z.boolean(), remoteType: z.boolean() }),
  facets: searchFacets,
  /**
   * No job holds every keyword, so these hold some of them (plain words only: a phrase, OR or
   * exclusion is kept as typed). The page says so above the list.
   */
  someWords: z.boolean().optional(),
  /**
   * The keywords hold no word to search by (punctuation, emoji, or words as common as "the"):
   * the list is not filtered by them, and the page says so.
   */
  noWords: z.boolean().optional(),
  /** Served from the search cache (at most a few minutes old). */
  cached: z.boolean(),
  /**
   * The shared cache is unreachable: results are complete and current, but every search hits
   * the database until it is back.
   */
  degraded: z.boolean(),
});
export type JobSearchOutput = z.infer<typeof jobSearchOutput>;

export const emptyFacets = (): SearchFacets => ({
  jobType: Object.fromEntries(JOB_TYPES.map((t) => [t, 0])) as Record<JobType, number | null>,
  remoteType: Object.fromEntries(REMOTE_TYPES.map((t) => [t, 0])) as Record<RemoteType, number | null>,
});

/* ---------- URL <-> criteria ---------- */

/** Short, stable query-string names; defaults are left out so shared links stay short. */
const PARAM = {
  keywords: 'q',
  location: 'location',
  jobTypes: 'type',
  remoteTypes: 'remote',
  salaryMin: 'salary',
  includeUnknownSalary: 'unknownSalary',
  postedWithinDays: 'posted',
  sort: 'sort',
  page: 'page',
  limit: 'limit',
} as const satisfies Record<keyof JobSearchCriteria, string>;

/** Criteria -> query string. Arrays repeat their key (`type=contract&type=part-time`). */
export function searchCriteriaToParams(input: JobSearchInput): URLSearchParams {
  const c = jobSearchInput.parse(input);
  const params = new URLSearchParams();
  if (c.keywords) params.set(PARAM.keywords, c.keywords);
  if (c.location) params.set(PARAM.location, c.location);
  for (const t of c.jobTypes ?? []) params.append(PARAM.jobTypes, t);
  for (const t of c.remoteTypes ?? []) params.append(PARAM.remoteTypes, t);
  if (c.salaryMin !== undefined) params.set(PARAM.salaryMin, String(c.salaryMin));
  if (!c.includeUnknownSalary) params.set(PARAM.includeUnknownSalary, '0');
  if (c.postedWithinDays !== undefined) params.set(PARAM.postedWithinDays, String(c.postedWithinDays));
  if (c.sort !== 'relevance') params.set(PARAM.sort, c.sort);
  if (c.page !== 1) params.set(PARAM.page, String(c.page));
  if (c.limit !== SEARCH_DEFAULT_LIMIT) params.set(PARAM.limit, String(c.limit));
  return params;
}

const numberOrUndefined = (raw: string | null): number | undefined => {
  if (raw === null || raw.trim() === '') return undefined;
  const n = Number(raw);
  return Number.isFinite(n) ? n : undefined;
};

/**
 * Query string -> criteria. URLs are typed, pasted and edited by hand, so this never throws:
 * an unknown or out-of-range value is dropped (the default applies) instead of failing the page.
 * Arrays accept repeated keys and comma lists (`type=contract,part-time`).
 */
export function searchCriteriaFromParams(params: URLSearchParams | string): JobSearchCriteria {
  const p = typeof params === 'string' ? new URLSearchParams(params) : params;
  const list = (key: string) =>
    p
      .getAll(key)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean);
  const oneOf = <T extends string>(values: readonly T[], raw: string[]): T[] =>
    raw.filter((v): v is T => (values as readonly string[]).includes(v));

  const candidate: Record<string, unknown> = {
    // A link's invisible characters are dropped, not refused: the page must open with the visible search.
    keywords: withoutControlCharacters(p.get(PARAM.keywords) ?? undefined),
    location: withoutControlCharacters(p.get(PARAM.location) ?? undefined),
    jobTypes: oneOf(JOB_TYPES, list(PARAM.jobTypes)),
    remoteTypes: oneOf(REMOTE_TYPES, list(PARAM.remoteTypes)),
    salaryMin: numberOrUndefined(p.get(PARAM.salaryMin)),
    includeUnknownSalary: !['0', 'false', 'no'].includes(p.get(PARAM.includeUnknownSalary) ?? ''),
    postedWithinDays: numberOrUndefined(p.get(PARAM.postedWithinDays)),
    sort: p.get(PARAM.sort) ?? undefined,
    page: numberOrUndefined(p.get(PARAM.page)),
    limit: numberOrUndefined(p.get(PARAM.limit)),
  };
  // Field by field: one bad value must not discard the others.
  const shape = jobSearchInput.shape;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    const parsed = shape[key].safeParse(candidate[key]);
    out[key] = parsed.success ? parsed.data : shape[key].safeParse(undefined).data;
  }
  return jobSearchInput.parse(out);
}
