/**
 * What a `next dev` server starts with besides serving pages. On a fresh clone's first start
 * another process is seeding the embedded database (db/seeder-lock.ts): requests are held until
 * it is done. The rest (the sample seekers, making the jobs matchable, the in-process schedule)
 * starts only after the first page has been sent, through `trigger`
 * (workflows/background-trigger.ts), so that Next compiles that code after the first page and
 * not before it. Light imports only: the start-up hook loads this before the first request.
 */
import { ExponentialBackoff, handleAll, retry } from 'cockatiel';
import { holdDatabaseUntil } from '@/server/db/hold';
import { removeSeederLock, seederFinished, seederPid, seederState } from '@/server/db/seeder-lock';
import { logger } from '@/server/logger';
import type { BackgroundMode } from '@/server/workflows/background-trigger';
import { FIRST_PAGE_WAIT_MS, firstPageRendered } from './first-page-signal';
import { preparationStatus, setPreparationStatus } from './preparation-status';

export interface DevStart {
  /** The embedded database's folder; undefined on PostgreSQL. */
  pgliteDir: string | undefined;
  trigger: (mode: BackgroundMode) => Promise<void>;
  /** How long the work after the first page waits when nobody opens a page. */
  firstPageWaitMs?: number;
  /** Pause before the trigger's second and third attempts. */
  retryDelayMs?: number;
}

export function startDevServerWork({
  pgliteDir,
  trigger,
  firstPageWaitMs = FIRST_PAGE_WAIT_MS,
  retryDelayMs = 1000,
}: DevStart): void {
  // A route that cannot be reached (a dev server on https with its own certificate, say) gets two
  // more tries; then the pages stop saying "being prepared" and the console says why.
  const policy = retry(handleAll, { maxAttempts: 2, backoff: new ExponentialBackoff({ initialDelay: retryDelayMs }) });
  const start = (mode: BackgroundMode) =>
    policy
      .execute(() => trigger(mode))
      .catch((err: unknown) => {
        if (pgliteDir !== undefined) setPreparationStatus({ ...preparationStatus(), phase: 'failed' });
        logger.error({ err, mode }, 'the dev server could not start its background work (matching, schedule)');
      });
  const afterFirstPage = (mode: BackgroundMode) => firstPageRendered(firstPageWaitMs).then(() => start(mode));

  if (pgliteDir === undefined) {
    void afterFirstPage('schedule-only');
    return;
  }
  const state = seederState(pgliteDir);
  if (state === 'none') {
    // A later start: the folder is migrated when first opened, and topped up and prepared after
    // the first page, like the first start's.
    void afterFirstPage('prepare');
    return;
  }
  if (state === 'failed') {
    // A lock left by a seeder that failed or was killed: the folder may be half seeded. Requests
    // wait while the server seeds what is missing.
    removeSeederLock(pgliteDir);
    holdDatabaseUntil(start('seed-now'));
    return;
  }
  setPreparationStatus({ phase: 'preparing', done: 0, total: 0 });
  const seeded = seederFinished(pgliteDir, {
    notice: (seconds) =>
      console.log(`Waiting for the database seeder (process ${seederPid(pgliteDir) ?? '?'}) to finish: ${seconds} s`),
  });
  // A seeder that failed leaves the seed to this server: requests wait for it.
  holdDatabaseUntil(seeded.then((outcome) => (outcome === 'failed' ? start('seed-now') : undefined)));
  void seeded.then((outcome) => (outcome === 'failed' ? undefined : afterFirstPage('prepare')));
}
