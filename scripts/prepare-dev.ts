/**
 * Runs before `next dev`. A real PostgreSQL (DATABASE_URL) is migrated here; seed it with
 * `npm run db:seed`. A fresh embedded database is migrated and seeded by a process of its own,
 * started here and left running beside `next dev` (seed-first-start.ts; the server waits for it
 * through its lock file, src/server/db/seeder-lock.ts); the server then makes the jobs matchable,
 * printing "matches: n/N prepared". Seeding here before `next dev`, or inside the server, kept a
 * fresh clone's first page waiting for it.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { env } from '@/env';
import { isFreshFolderDatabase, writeSeederLock } from '@/server/db/seeder-lock';
import { DEMO_USERS } from '@/server/services/seed/users';

if (env.DATABASE_URL) {
  const { openMigratedDatabase } = await import('@/server/db/open');
  const handle = await openMigratedDatabase();
  await handle.close();
  console.log('Database: PostgreSQL (DATABASE_URL), migrated. Seed demo data with `npm run db:seed`.');
} else {
  if (isFreshFolderDatabase(env.PGLITE_DIR)) {
    console.log(`Database: embedded PGlite in ${env.PGLITE_DIR}, created and seeded beside the server.`);
    const seeder = spawn(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(new URL('seed-first-start.ts', import.meta.url))],
      {
        stdio: 'inherit',
      },
    );
    // Written before `next dev` starts, so the server's first request already waits for it.
    if (seeder.pid !== undefined) writeSeederLock(env.PGLITE_DIR, seeder.pid);
    seeder.unref();
  } else {
    console.log(`Database: embedded PGlite in ${env.PGLITE_DIR}; the server brings its schema up to date.`);
  }
  console.log('Demo logins:');
  for (const u of Object.values(DEMO_USERS)) console.log(`  ${u.role.padEnd(9)} ${u.email}  /  ${u.password}`);
}
