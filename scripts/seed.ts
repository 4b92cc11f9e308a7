/**
 * `npm run db:seed -- --jobs N [--companies M] [--seed S] [--top-up]`
 * Migrates, then seeds DATABASE_URL (PostgreSQL) or the embedded PGlite in PGLITE_DIR.
 * Same --seed, same rows (postedAt follows the current time). Re-runs skip existing seed
 * jobs; --top-up adds the missing ones up to --jobs.
 */
import { parseArgs } from 'node:util';
import { env } from '@/env';
import { openMigratedDatabase } from '@/server/db/open';
import { DEFAULT_SEED, seedDatabase } from '@/server/services/seed/run-seed';
import { DEMO_USERS } from '@/server/services/seed/users';

const USAGE = 'Usage: npm run db:seed -- [--jobs 2000] [--companies M] [--seed 42] [--top-up]';

function parseCli() {
  try {
    return parseArgs({
      options: {
        jobs: { type: 'string', default: '2000' },
        companies: { type: 'string' },
        seed: { type: 'string', default: String(DEFAULT_SEED) },
        'top-up': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(1);
  }
}

const values = parseCli();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

function nonNegativeInt(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 0) {
    console.error(`--${name} must be a non-negative integer, got "${raw}"`);
    process.exit(1);
  }
  return n;
}

const jobCount = nonNegativeInt('jobs', values.jobs) ?? 2000;
const companyCount = nonNegativeInt('companies', values.companies);
const seed = nonNegativeInt('seed', values.seed) ?? DEFAULT_SEED;
if (companyCount === 0) {
  console.error('--companies must be at least 1');
  process.exit(1);
}

const started = performance.now();
const handle = await openMigratedDatabase();
try {
  console.log(`Database: ${handle.mode === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite at ${env.PGLITE_DIR}`}`);
  const result = await seedDatabase(handle.db, {
    jobs: jobCount,
    companies: companyCount,
    seed,
    topUp: values['top-up'],
    log: (message) => console.log(`  ${message}`),
  });
  const { jobs } = result;
  console.log(
    `Seeded (seed ${result.seed}): ${result.companies.generated} companies (${result.companies.inserted} new), ` +
      `${jobs.inserted} jobs inserted${jobs.skipped ? ` (skipped: ${jobs.existing} seed jobs already exist)` : ''}, ` +
      `${result.demoUsersCreated} demo users created, in ${(result.ms / 1000).toFixed(1)} s`,
  );
  console.log('\nDemo logins (development only):');
  for (const u of Object.values(DEMO_USERS)) console.log(`  ${u.role.padEnd(9)} ${u.email}  /  ${u.password}`);
  console.log(`\nTotal, including connect and migrations: ${((performance.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await handle.close();
}
