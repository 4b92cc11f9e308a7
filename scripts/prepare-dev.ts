/**
 * Runs before `next dev`. A real PostgreSQL (DATABASE_URL) is migrated here; seed it with
 * `npm run db:seed`. The embedded database is left to the server: it migrates it when it opens it
 * and, on the first start, seeds 2,000 demo jobs and makes them matchable, printing
 * "matches: n/N prepared" (src/instrumentation.ts). Opening and migrating it here as well took
 * ~7 s of a fresh clone's first start before `next dev` could even begin.
 */
import { env } from '@/env';
import { DEMO_USERS } from '@/server/services/seed/users';

if (env.DATABASE_URL) {
  const { openMigratedDatabase } = await import('@/server/db/open');
  const handle = await openMigratedDatabase();
  await handle.close();
  console.log('Database: PostgreSQL (DATABASE_URL), migrated. Seed demo data with `npm run db:seed`.');
} else {
  console.log(`Database: embedded PGlite in ${env.PGLITE_DIR}; the server migrates it, and seeds a fresh one.`);
  console.log('Demo logins:');
  for (const u of Object.values(DEMO_USERS)) console.log(`  ${u.role.padEnd(9)} ${u.email}  /  ${u.password}`);
}
