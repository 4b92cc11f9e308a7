/**
 * A fresh clone's first `npm run dev`: migrates and seeds the embedded database in a process of
 * its own, started by prepare-dev.ts beside `next dev` (src/server/db/seeder-lock.ts says why).
 * The server holds its requests until this process has removed its lock, then makes the jobs
 * matchable itself. Run by hand it does the same: `tsx scripts/seed-first-start.ts`.
 */
import { env } from '@/env';
import { openMigratedDatabase } from '@/server/db/open';
import { markSeederFailed, removeSeederLock } from '@/server/db/seeder-lock';
import { DEV_JOBS } from '@/server/services/seed/dev-jobs';
import { seedDatabase } from '@/server/services/seed/run-seed';

let seeded = false;
try {
  const handle = await openMigratedDatabase();
  try {
    // The sample seekers' application histories (most of the seed's time) are added by the server
    // after its first page: nothing on that page needs them.
    const result = await seedDatabase(handle.db, { jobs: DEV_JOBS, sampleSeekers: 0 });
    if (!result.jobs.skipped) console.log(`Seeded ${result.jobs.inserted} jobs in ${(result.ms / 1000).toFixed(1)} s.`);
  } finally {
    await handle.close();
  }
  seeded = true;
} catch (err) {
  console.error('Seeding the embedded database failed; the server will try again:', err);
  process.exitCode = 1;
}
// Removed only once the folder is closed. On failure the server opens it and seeds it itself.
if (seeded) removeSeederLock(env.PGLITE_DIR);
else markSeederFailed(env.PGLITE_DIR);
