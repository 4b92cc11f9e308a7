/**
 * What a `next dev` server starts with besides serving pages. On a fresh clone's first start
 * another process is seeding the embedded database (db/seeder-lock.ts): requests are held until
 * it is done, and the rest (the sample seekers, making the jobs matchable, the in-process
 * schedule) starts only after the first page has been sent, through `trigger`
 * (workflows/background-trigger.ts), so that Next compiles that code after the first page and
 * not before it. Light imports only: the start-up hook loads this before the first request.
 */
import { holdDatabaseUntil } from '@/server/db/hold';
import { seederFinished, seederState } from '@/server/db/seeder-lock';
import { logger } from '@/server/logger';
import type { BackgroundMode } from '@/server/workflows/background-trigger';
import { FIRST_PAGE_WAIT_MS, firstPageRendered } from './first-page-signal';
import { setPreparationStatus } from './preparation-status';

export interface DevStart {
  /** The embedded database's folder; undefined on PostgreSQL. */
  pgliteDir: string | undefined;
  trigger: (mode: BackgroundMode) => Promise<void>;
}

const failed = (err: unknown) => logger.error({ err }, 'the dev server background work failed to start');

export function startDevServerWork({ pgliteDir, trigger }: DevStart): void {
  const afterFirstPage = (mode: BackgroundMode) => firstPageRendered(FIRST_PAGE_WAIT_MS).then(() => trigger(mode));
  if (pgliteDir === undefined) {
    afterFirstPage('schedule-only').catch(failed);
    return;
  }
  if (seederState(pgliteDir) !== 'running') {
    // A later start: migrated, seeded when empty and prepared by the server. Requests wait for
    // the seed (set before register() returns, so the first request already waits).
    holdDatabaseUntil(trigger('seed-now').catch(failed));
    return;
  }
  setPreparationStatus({ phase: 'preparing', done: 0, total: 0 });
  const seeded = seederFinished(pgliteDir);
  // A seeder that failed leaves the seed to this server, as on a later start.
  holdDatabaseUntil(seeded.then((outcome) => (outcome === 'failed' ? trigger('seed-now') : undefined)).catch(failed));
  seeded.then((outcome) => (outcome === 'failed' ? undefined : afterFirstPage('after-seeder'))).catch(failed);
}
