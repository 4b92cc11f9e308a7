/**
 * A fresh clone's first `npm run dev`: migrates and seeds the embedded database in a process of
 * its own, started by prepare-dev.ts beside `next dev` with a lock file naming this process
 * (src/server/db/seeder-lock.ts says why). The server holds its requests until the lock is gone
 * or this process has ended, then adds the rest and makes the jobs matchable itself.
 */
import { env } from '@/env';
import { openMigratedDatabase } from '@/server/db/open';
import { markSeederFailed, removeSeederLock } from '@/server/db/seeder-lock';
import { DEV_JOBS } from '@/server/services/seed/dev-jobs';
import { seedDatabase } from '@/server/services/seed/run-seed';

try {
  const handle = await openMigratedDatabase();
  try {
    // The sample seekers' application histories (most of the seed's time) are added by the server
    // after its first page: nothing on that page needs them. A top-up fills what an interrupted
    // earlier seed left out.
    const result = await seedDatabase(handle.db, { jobs: DEV_JOBS, sampleSeekers: 0, topUp: true });
    if (!result.jobs.skipped) console.log(`Seeded ${result.jobs.inserted} jobs in ${(result.ms / 1000).toFixed(1)} s.`);
  } finally {
    await handle.close();
  }
  // Only once the folder is closed.
  removeSeederLock(env.PGLITE_DIR);
} catch (err) {
  console.error('Seeding the embedded database failed; the server will try again:', err);
  // The server takes the folder over once this process has ended (it may still hold it open).
  markSeederFailed(env.PGLITE_DIR);
  process.exit(1);
}
