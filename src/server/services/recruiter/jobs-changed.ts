import { getCache } from '@/server/adapters/cache';
import type { Database } from '@/server/db';
import { dispatch } from '@/server/workflows/dispatch';
import { bumpJobsVersion } from '../jobs/search/jobs-version';

/**
 * After a job write commits: every cached search becomes stale at once (versioned keys), and
 * the matching workflow re-infers, re-embeds and rescores the jobs.
 */
export async function afterJobsChanged(db: Database, jobIds: string[]): Promise<void> {
  await bumpJobsVersion(getCache());
  await dispatch(db, 'jobs/changed', { jobIds });
}
