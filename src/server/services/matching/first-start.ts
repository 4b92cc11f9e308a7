/**
 * How the server takes up its embedded database at start. On a fresh clone's first `npm run dev`
 * another process is seeding it (db/seeder-lock.ts): requests are held until that process is
 * done, and the work that needs this server's seeding and matching code (prepare-in-background.ts)
 * starts only after the first page has been sent. Under `next dev` that code is compiled when it
 * is first imported, and compiling it beside the first page held that page up by ~8 s. Light
 * imports only: the start-up hook loads this before the first request is answered.
 */
import { holdDatabaseUntil } from '@/server/db/hold';
import { seederFinished, seederState } from '@/server/db/seeder-lock';
import { logger } from '@/server/logger';
import { FIRST_PAGE_WAIT_MS, firstPageRendered } from './first-page-signal';
import { setPreparationStatus } from './preparation-status';

const prepare = (holdRequests = true) =>
  import('./prepare-in-background').then((m) => m.prepareEmbeddedDatabaseInBackground(console.log, { holdRequests }));

export function takeUpEmbeddedDatabase(pgliteDir: string): void {
  if (seederState(pgliteDir) !== 'running') {
    // Set before register() returns, so the first request already waits for the seed.
    holdDatabaseUntil(prepare());
    return;
  }
  setPreparationStatus({ phase: 'preparing', done: 0, total: 0 });
  const seeded = seederFinished(pgliteDir);
  // A seeder that failed leaves the seed to this server, as on any start; requests wait for it.
  // Otherwise the folder is opened as soon as it is free, not when the first page asks for it
  // (opening PGlite takes a second or two).
  holdDatabaseUntil(
    seeded.then((outcome) =>
      outcome === 'failed' ? prepare() : import('@/server/db').then((db) => db.openProcessDatabase()),
    ),
  );
  void seeded
    .then(async (outcome) => {
      if (outcome === 'failed') return;
      await firstPageRendered(FIRST_PAGE_WAIT_MS);
      await prepare(false);
    })
    .catch((err: unknown) => logger.error({ err }, 'preparing the embedded database failed'));
}
