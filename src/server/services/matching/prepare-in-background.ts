/**
 * The embedded database's start under the server: it is migrated and, under `npm run dev`, seeded
 * with the 2,000 demo jobs when empty (requests wait for that: db/index.ts), then its jobs are
 * made matchable (occupations, embeddings, stored matches) while pages are served, with progress
 * on the console. Matches pages say "being prepared" meanwhile (preparation-status.ts). A fresh
 * clone's first start is seeded by a process of its own instead, and this runs after the first
 * page (first-start.ts). A later start finds nothing to prepare after two queries, and nothing
 * to re-read (reread-occupations.ts) after one pass over the jobs and the profiles' readings.
 */
import { env } from '@/env';
import { holdDatabaseUntil, openProcessDatabase } from '@/server/db';
import { logger } from '@/server/logger';
import { DEV_JOBS } from '@/server/services/seed/dev-jobs';
import { seedDatabase } from '@/server/services/seed/run-seed';
import { backfillMatching } from './backfill';
import { FIRST_PAGE_WAIT_MS, firstPageRendered } from './first-page-signal';
import { matchingContext } from './matching-context';
import { preparationStatus, setPreparationStatus } from './preparation-status';

/** Small batches: progress every few seconds, and requests get the database between them. */
const BATCH = 200;

/**
 * Starts the preparation; resolves once the seed is in. Requests are held until then, unless
 * `holdRequests` is false: the jobs are already in (after a first start's seeder, or on a later
 * start: first-start.ts) and at most the sample seekers' histories are left to add.
 */
export function prepareEmbeddedDatabaseInBackground(
  print: (line: string) => void = console.log,
  { holdRequests = true }: { holdRequests?: boolean } = {},
): Promise<unknown> {
  const once = globalThis as unknown as { __gmjPreparationStarted?: boolean };
  if (once.__gmjPreparationStarted) return Promise.resolve();
  once.__gmjPreparationStarted = true;
  let seededNow = false;
  const seeded = (async () => {
    const { db } = await openProcessDatabase();
    // `next start` on an embedded database is seeded by its own script (prepare-e2e, db:seed).
    if (env.NODE_ENV !== 'development') return db;
    // A top-up: it also fills what an interrupted first seed left out.
    const result = await seedDatabase(db, { jobs: DEV_JOBS, topUp: true });
    if (!result.jobs.skipped) {
      seededNow = true;
      print(`Seeded ${result.jobs.inserted} jobs in ${(result.ms / 1000).toFixed(1)} s.`);
    }
    return db;
  })();
  // Set before register() returns, so the first request already waits for the seed.
  if (holdRequests) holdDatabaseUntil(seeded);
  void (async () => {
    const db = await seeded;
    if (seededNow) {
      // Nothing is matchable yet: pages say so while the first one is being compiled.
      setPreparationStatus({ phase: 'preparing', done: 0, total: 0 });
      await firstPageRendered(FIRST_PAGE_WAIT_MS);
    }
    let lastTotal = 0;
    const result = await backfillMatching(matchingContext(db), {
      batch: BATCH,
      progress: (done, total) => {
        lastTotal = total;
        // Only when there is work: a server whose jobs are all prepared (e2e, later starts) never
        // shows "being prepared", not even for the moment its first query takes.
        if (total === 0) return;
        setPreparationStatus({ phase: 'preparing', done, total });
        print(`matches: ${done}/${total} prepared`);
      },
    });
    setPreparationStatus({ phase: 'ready', done: lastTotal, total: lastTotal });
    const { jobs, profiles } = result.reread;
    // Once after an upgrade that changed how occupations are read (reading-version.ts).
    if (jobs + profiles > 0) print(`occupations: re-read for ${jobs} jobs and ${profiles} profiles (a newer reading)`);
    if (result.jobs > 0) {
      // Since this process started: on a fresh clone the preparation begins after the first page.
      const seconds = (performance.now() / 1000).toFixed(1);
      print(`matches: ready (${result.jobs} jobs, ${result.seekers} seekers) ${seconds} s after the server started`);
    }
  })().catch((err: unknown) => {
    // Matching then ranks what is prepared; the next start carries on from where this stopped.
    setPreparationStatus({ ...preparationStatus(), phase: 'failed' });
    logger.error({ err }, 'preparing the embedded database failed');
  });
  return seeded;
}
