/**
 * Runs before `next dev`: brings the database schema up to date and, on the embedded database,
 * seeds demo data the first time so a fresh clone is usable. It stops there so the server starts
 * serving at once: the seeded jobs are made matchable (occupations, embeddings, stored matches)
 * by the server itself once it listens (src/instrumentation.ts), printing "matches: n/N prepared".
 * A real PostgreSQL (DATABASE_URL) is only migrated; seed it with `npm run db:seed`.
 */
import { env } from '@/env';
import { openMigratedDatabase } from '@/server/db/open';
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
    if (!result.jobs.skipped) {
      console.log(`Seeded ${result.jobs.inserted} jobs in ${(result.ms / 1000).toFixed(1)} s; matches are prepared once the server is up.`);
    }
    console.log('Demo logins:');
    for (const u of Object.values(DEMO_USERS)) console.log(`  ${u.role.padEnd(9)} ${u.email}  /  ${u.password}`);
  }
} finally {
  await handle.close();
}
