/**
 * A seeker pastes a job posting's address: the page is fetched through the guarded client (public
 * http(s) hosts only, timeouts, size cap), its schema.org JobPosting JSON-LD read, normalized and
 * stored under 'url:<host>' like any source, so the job has a page to match against and track.
 * Board pages (Greenhouse, Lever, Ashby) embed the same JSON-LD. When the posting is already
 * listed through a board source, the duplicate link answers with that job instead.
 */
import { and, eq } from 'drizzle-orm';
import { addJobByUrlInput } from '@/lib/validators/sources';
import type { RateLimiter, RateLimitPolicy } from '@/server/adapters/rate-limit';
import type { Database } from '@/server/db';
import { jobs } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { enforceRateLimit } from '@/server/services/security/rate-limits';
import type { Actor } from '../actor';
import { refreshJobOccupations } from '../matching/refresh-occupations';
import { extractJobPostingsFromHtml, parseJobPostingJsonLd } from './connectors';
import { createIngestionHttp, IngestionHttpError, type PrivateHostPolicy } from './http';
import type { IngestionHttp } from './normalized-posting';
import { normalizePosting } from './normalize';
import { recordQuarantine, startRun, finishRun } from './runs/record-run';
import { storePostings } from './store/store-postings';

/** Each add fetches a page from the internet for the caller: a person adds a few, a script many. */
export const ADD_JOB_BY_URL_LIMIT: RateLimitPolicy = { name: 'add-job-by-url', points: 20, durationSeconds: 60 * 60 };

export interface AddJobByUrlDeps {
  rateLimiter: RateLimiter;
  /** Tests only: let the client fetch from a local server. */
  allowPrivateHosts?: PrivateHostPolicy;
  http?: IngestionHttp;
}

const FETCH_MESSAGES: Record<IngestionHttpError['kind'], string> = {
  timeout: 'The page took too long to answer. Try again in a moment.',
  circuit_open: 'That site has been failing; it is given a rest. Try again in a few minutes.',
  refused_address: 'That address cannot be fetched: only public http(s) web pages are allowed.',
  http_status: 'The page could not be loaded (the site answered with an error).',
  too_large: 'The page is too large to read.',
  bad_content: 'The page could not be read.',
  network: 'The site could not be reached. Check the address.',
};

/** 'url:<host>' within jobs.source's 50 characters. */
export const urlSourceKey = (url: URL): string =>
  `url:${url.hostname
    .toLowerCase()
    .replace(/[^a-z0-9.-]/g, '-')
    .slice(0, 46)}`;

async function fetchPage(http: IngestionHttp, url: string) {
  try {
    return await http.fetchText(url);
  } catch (err) {
    if (err instanceof IngestionHttpError) {
      const message =
        err.kind === 'http_status' && err.status === 404 ? 'No page at that address (404).' : FETCH_MESSAGES[err.kind];
      throw new AppError('VALIDATION_ERROR', message, { fields: { url: [message] }, reason: err.kind });
    }
    throw err;
  }
}

export async function addJobByUrl(
  db: Database,
  actor: Actor,
  raw: { url: string },
  deps: AddJobByUrlDeps,
): Promise<{ jobId: string; created: boolean }> {
  const { url } = addJobByUrlInput.parse(raw);
  await enforceRateLimit(
    deps.rateLimiter,
    ADD_JOB_BY_URL_LIMIT,
    actor.userId,
    'You have added many jobs by address in the last hour.',
  );
  const source = urlSourceKey(new URL(url));
  const http =
    deps.http ??
    createIngestionHttp({
      source,
      maxAttempts: 2,
      timeoutMs: 10_000,
      ...(deps.allowPrivateHosts ? { allowPrivateHosts: deps.allowPrivateHosts } : {}),
    });
  const page = await fetchPage(http, url);
  const text = page.text.trimStart();
  const collected =
    /json/i.test(page.contentType ?? '') || text.startsWith('{') || text.startsWith('[')
      ? parseJobPostingJsonLd(page.text, { source })
      : extractJobPostingsFromHtml(page.text, { source, pageUrl: page.finalUrl });
  const first = collected.postings[0];
  if (!first) {
    throw new AppError(
      'VALIDATION_ERROR',
      'No job posting was found on that page (it has no schema.org JobPosting data).',
      {
        fields: { url: ['No job posting found on this page.'] },
      },
    );
  }
  const runId = await startRun(db, null, source);
  const counts = {
    runId,
    sourceKey: source,
    fetched: 1,
    closed: 0,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    duplicatesLinked: 0,
  };
  const normalized = normalizePosting({ ...first, source }, { fetchedAt: new Date() });
  if ('quarantined' in normalized) {
    await recordQuarantine(db, runId, [normalized.quarantined]);
    await finishRun(
      db,
      null,
      { ...counts, status: 'failed', quarantined: 1, error: normalized.quarantined.reason },
      null,
    );
    throw new AppError('VALIDATION_ERROR', 'The job posting on that page is incomplete and could not be read.', {
      fields: { url: ['The posting on this page could not be read.'] },
    });
  }
  const stored = await storePostings(db, source, [normalized], { complete: false });
  await finishRun(db, null, { ...counts, ...stored, status: 'partial', closed: 0, quarantined: 0, error: null }, null);
  const [row] = await db
    .select({ id: jobs.id, duplicateOf: jobs.duplicateOf })
    .from(jobs)
    .where(and(eq(jobs.source, source), eq(jobs.externalId, normalized.externalId)))
    .limit(1);
  if (!row) throw new AppError('INTERNAL_ERROR', 'The job was not saved.');
  // The page opens at once: its occupation now, not when the matching workflow gets to it.
  if (stored.inserted + stored.updated > 0) await refreshJobOccupations(db, [row.id]);
  return { jobId: row.duplicateOf ?? row.id, created: stored.inserted > 0 };
}
