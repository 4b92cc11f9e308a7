/**
 * Runs before `next dev`: brings the database schema up to date and, on the
 * embedded database, seeds demo data the first time so a fresh clone is usable.
 * A real PostgreSQL (DATABASE_URL) is only migrated; seed it with `npm run db:seed`.
 */
import { env } from '@/env';
import { openMigratedDatabase } from '@/server/db/open';
import { backfillMatching } from '@/server/services/matching/backfill';
import { matchingContext } from '@/server/services/matching/matching-context';
import { seedDatabase } from '@/server/services/seed/run-seed';
import { DEMO_USERS } from '@/server/services/seed/users';

const DEV_JOBS = 2000;

const handle = await openMigratedDatabase();
try {
  if (handle.mode === 'postgres') {
    console.log('Database: PostgreSQL (DATABASE_URL), migrated. Seed demo data with `npm run db:seed`.');
  } else {
    console.log(`Database: embedded PGlite in ${env.PGLITE_DIR}`);
    const result = await seedDatabase(handle.db, { jobs: DEV_JOBS });
    if (!result.jobs.skipped) console.log(`Seeded ${result.jobs.inserted} jobs in ${(result.ms / 1000).toFixed(1)} s.`);
    // Occupations, embeddings and stored matches for what is not matchable yet (first run: all).
    const matching = await backfillMatching(matchingContext(handle.db));
    if (matching.jobs > 0) console.log(`Prepared ${matching.jobs} jobs for matching in ${(matching.ms / 1000).toFixed(1)} s.`);
    console.log('Demo logins:');
    for (const u of Object.values(DEMO_USERS)) console.log(`  ${u.role.padEnd(9)} ${u.email}  /  ${u.password}`);
  }
} finally {
  await handle.close();
}
