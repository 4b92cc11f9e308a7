/** Gives the Playwright run a fresh embedded database (PGLITE_DIR from playwright.config.ts), seeded. */
import { rmSync } from 'node:fs';
import { env } from '@/env';
import { openMigratedDatabase } from '@/server/db/open';
import { backfillMatching } from '@/server/services/matching/backfill';
import { matchingContext } from '@/server/services/matching/matching-context';
import { seedDatabase } from '@/server/services/seed/run-seed';

if (env.DATABASE_URL) throw new Error('prepare-e2e runs on the embedded database only; unset DATABASE_URL.');
rmSync(env.PGLITE_DIR, { recursive: true, force: true });
const handle = await openMigratedDatabase();
try {
  const result = await seedDatabase(handle.db, { jobs: 300 });
  const matching = await backfillMatching(matchingContext(handle.db));
  console.log(`e2e database ready: ${result.jobs.inserted} jobs (${matching.jobs} matchable) in ${env.PGLITE_DIR}`);
} finally {
  await handle.close();
}
