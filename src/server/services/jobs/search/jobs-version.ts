/**
 * Search results are cached under keys that embed the jobs-data version. Anything that
 * creates, updates or closes a job calls bumpJobsVersion after its commit: every cached search
 * is then unreachable at once, in this process and (through the shared counter in Redis) in
 * every other, without listing keys.
 */
import { createHash } from 'node:crypto';
import type { JobSearchCriteria } from '@/lib/validators/search';
import type { Cache } from '@/server/adapters/cache/types';

export const JOBS_VERSION = 'jobs';

export function bumpJobsVersion(cache: Cache): Promise<number> {
  return cache.bumpVersion(JOBS_VERSION);
}

export function getJobsVersion(cache: Cache): Promise<number> {
  return cache.getVersion(JOBS_VERSION);
}

/** Criteria come parsed (defaults filled, arrays sorted), so equal searches share a key. */
export function searchCacheKey(version: number, criteria: JobSearchCriteria): string {
  const digest = createHash('sha1').update(JSON.stringify(criteria)).digest('base64url');
  return `search:v${version}:${digest}`;
}
