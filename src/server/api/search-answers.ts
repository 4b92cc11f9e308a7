/**
 * Whole `jobs.search` answers, kept in this process, keyed by the jobs version and the request's
 * input. A search served from the search cache does no database work, yet over HTTP it answered at
 * 0.39-0.48 of a bare Next route handler's rate (README, Speed): the rest was tRPC's pipeline,
 * the input and output schemas and writing the answer, the same work for the same bytes each
 * time. An answer is kept only when tRPC answered it from the search cache (so it is shared by
 * every caller: searchJobs never caches a caller's own results, such as sort `match`) and the
 * cache was healthy; keys embed the jobs version, so a job write retires every kept answer at once,
 * exactly as it retires the search cache's entries (jobs-version.ts).
 */
import type { TRPCError } from '@trpc/server';
import { LRUCache } from 'lru-cache';
import { env } from '@/env';
import { getCache } from '@/server/adapters/cache';
import { metrics } from '@/server/observability/metrics';
import { getJobsVersion } from '@/server/services/jobs/search/jobs-version';

const PROCEDURE = 'jobs.search';
/**
 * Short: an answer is kept from when it is sent again, and the search cache's entry it came from
 * may already be up to a minute old; relative filters ("posted within 7 days") move with time.
 */
const KEEP_MAX_MS = 10_000;
/** A 100-item page is ~60 KB; bigger answers are not worth holding. */
const MAX_ANSWER_CHARS = 256 * 1024;

interface KeptAnswer {
  body: string;
  headers: [string, string][];
}

/** Sized in bytes as V8 holds the strings (two per character), keys included. */
const kept = new LRUCache<string, KeptAnswer>({
  max: 2_000,
  maxSize: 32 * 1024 * 1024,
  sizeCalculation: (a, key) => 2 * (a.body.length + key.length) + 256,
  ttl: KEEP_MAX_MS,
});

/**
 * The key this request's answer would be kept under, or null when it is not a `jobs.search`
 * query (alone, batched or not) or search caching is off or degraded. Read before the call, so an
 * answer is never kept under a version newer than the data it was computed from.
 */
export async function searchAnswerKey(req: Request, url: URL, endpoint: string): Promise<string | null> {
  if (req.method !== 'GET' || url.pathname !== `${endpoint}/${PROCEDURE}`) return null;
  const ttl = env.SEARCH_CACHE_TTL_SECONDS;
  const cache = getCache();
  // While the shared layer is down, answers say `degraded`; the procedure says it best.
  if (ttl <= 0 || cache.degraded) return null;
  const version = await getJobsVersion(cache);
  // What tRPC reads: the input and batch parameters (other parameters would only churn the cache),
  // and both headers it picks a streamed answer by (trpc-accept, then Accept).
  const accept = `${req.headers.get('trpc-accept') ?? ''}|${req.headers.get('accept') ?? ''}`;
  return JSON.stringify([version, accept, url.searchParams.get('batch'), url.searchParams.get('input')]);
}

/** The kept answer for `key`, as a new response; null when there is none. */
export function keptSearchAnswer(key: string): Response | null {
  const answer = kept.get(key);
  if (!answer) return null;
  const m = metrics();
  m.procedureCalls.inc({ procedure: PROCEDURE, type: 'query', outcome: 'ok' });
  m.searchAnswersReused.inc();
  return new Response(answer.body, { status: 200, headers: answer.headers });
}

interface AnswerMeta {
  paths?: readonly string[];
  data: readonly unknown[];
  errors: readonly TRPCError[];
  eagerGeneration: boolean;
}

/** tRPC's responseMeta arguments of one `jobs.search` answered from a healthy search cache. */
export function isShareableSearchAnswer(meta: AnswerMeta): boolean {
  if (meta.eagerGeneration || meta.errors.length > 0 || meta.data.length !== 1) return false;
  if (meta.paths?.length !== 1 || meta.paths[0] !== PROCEDURE) return false;
  const output = (meta.data[0] as { result?: { data?: { cached?: unknown; degraded?: unknown } } }).result?.data;
  return output?.cached === true && output.degraded === false;
}

/** Keeps a shareable answer's body under `key`; returns a response that still has its body. */
export async function keepSearchAnswer(key: string, res: Response): Promise<Response> {
  if (res.status !== 200) return res;
  const body = await res.text();
  // tRPC sets neither today; a header naming one caller or one request must never be sent again.
  const headers = [...res.headers.entries()].filter(([name]) => name !== 'set-cookie' && name !== 'x-request-id');
  if (body.length <= MAX_ANSWER_CHARS) {
    kept.set(key, { body, headers }, { ttl: Math.min(env.SEARCH_CACHE_TTL_SECONDS * 1000, KEEP_MAX_MS) });
  }
  return new Response(body, { status: res.status, headers: res.headers });
}

/** Tests: start from nothing kept. */
export function forgetSearchAnswers(): void {
  kept.clear();
}
