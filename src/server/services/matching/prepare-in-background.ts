/**
 * The embedded database's first start: `npm run dev` seeds 2,000 jobs and starts serving at once;
 * this makes them matchable (occupations, embeddings, stored matches) in the server process, after
 * it listens, printing progress. It used to run before `next dev`, keeping a new user waiting
 * ~75 s for the first page. A later start finds nothing to do and is ready after one query.
 */
import { getDatabase } from '@/server/db';
import { logger } from '@/server/logger';
import { backfillMatching } from './backfill';
import { matchingContext } from './matching-context';
import { preparationStatus, setPreparationStatus } from './preparation-status';

/** Small batches: progress every few seconds, and requests get the database between them. */
const BATCH = 200;

export function prepareMatchingInBackground(print: (line: string) => void = console.log): Promise<void> {
  if (preparationStatus().phase !== 'none') return Promise.resolve();
  setPreparationStatus({ phase: 'preparing', done: 0, total: 0 });
  const started = performance.now();
  return (async () => {
    const { db } = await getDatabase();
    let lastTotal = 0;
    const result = await backfillMatching(matchingContext(db), {
      batch: BATCH,
      progress: (done, total) => {
        lastTotal = total;
        setPreparationStatus({ phase: 'preparing', done, total });
        if (total > 0) print(`matches: ${done}/${total} prepared`);
      },
    });
    setPreparationStatus({ phase: 'ready', done: lastTotal, total: lastTotal });
    if (result.jobs > 0) {
      print(
        `matches: ready (${result.jobs} jobs, ${result.seekers} seekers) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    }
  })().catch((err: unknown) => {
    // Matching then ranks what is prepared; the next start tries again from where this stopped.
    setPreparationStatus({ ...preparationStatus(), phase: 'failed' });
    logger.error({ err }, 'preparing jobs for matching failed');
  });
}
