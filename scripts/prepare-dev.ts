/**
 * Runs before `next dev`: brings the database schema up to date. On the embedded database, the
 * server seeds 2,000 demo jobs on its first start and then makes them matchable, printing
 * "matches: n/N prepared" (src/instrumentation.ts): seeding there overlaps with Next compiling the
 * first page instead of delaying `next dev`. A real PostgreSQL (DATABASE_URL) is only migrated;
 * seed it with `npm run db:seed`.
 */
import { env } from '@/env';
import { openMigratedDatabase } from '@/server/db/open';
import { DEMO_USERS } from '@/server/services/seed/users';

const handle = await openMigratedDatabase();
try {
  if (handle.mode === 'postgres') {
    console.log('Database: PostgreSQL (DATABASE_URL), migrated. Seed demo data with `npm run db:seed`.');
  } else {
    console.log(`Database: embedded PGlite in ${env.PGLITE_DIR}, migrated; a fresh one is seeded by the server.`);
    console.log('Demo logins:');
    for (const u of Object.values(DEMO_USERS)) console.log(`  ${u.role.padEnd(9)} ${u.email}  /  ${u.password}`);
  }
} finally {
  await handle.close();
}
