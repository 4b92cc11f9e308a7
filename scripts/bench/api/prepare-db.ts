/**
 * The benchmark's database: migrated, 200,000 seed jobs (topped up when fewer), analysed, and the
 * demo seeker's stored matches computed (what `matching.forMe` serves a seeker whose profile has
 * not changed since the workflows ran). Jobs are not embedded here: at 200,000 that takes an
 * hour on a loaded 2-core machine (`npm run bench:match` does it). Rows scored without a job
 * vector are stored as degraded, and forMe ranks such a list live (README, Speed): on a database
 * nothing has embedded, that is what `matching_for_me` measures. Reruns skip what is done.
 */
import { count, eq, sql } from 'drizzle-orm';
import { withVectorIndex } from '@/server/adapters/vectors';
import type { Database } from '@/server/db';
import { jobs, users } from '@/server/db/schema';
import { rescoreUser } from '@/server/services/matching/materialize-scores';
import { matchingContext } from '@/server/services/matching/matching-context';
import { SEED_SOURCE } from '@/server/services/seed/jobs';
import { seedDatabase } from '@/server/services/seed/run-seed';
import { DEMO_USERS } from '@/server/services/seed/users';

export async function prepareBenchDatabase(db: Database, jobCount: number, log: (m: string) => void): Promise<number> {
  const [{ n: seeded = 0 } = {}] = await db.select({ n: count() }).from(jobs).where(eq(jobs.source, SEED_SOURCE));
  if (seeded < jobCount) {
    log(`seeding: ${seeded} seed jobs present, topping up to ${jobCount}…`);
    await seedDatabase(db, { jobs: jobCount, topUp: true, log });
  }
  // VACUUM sets the visibility map the index-only scans of search and matching depend on.
  await db.execute(sql`VACUUM (ANALYZE) jobs`);
  const [seeker] = await db.select({ id: users.id }).from(users).where(eq(users.email, DEMO_USERS.seeker.email));
  if (!seeker) throw new Error('the seed made no demo seeker');
  const mc = matchingContext(db);
  log('waiting for the vector index (built in this process from job_embeddings)…');
  await indexReady(db, mc.embedding.dimensions);
  log('stored matches of the demo seeker…');
  const stored = await rescoreUser(mc, seeker.id);
  log(`${stored.stored} stored${stored.degraded ? ' (vector index unavailable: structural scores)' : ''}`);
  await db.execute(sql`ANALYZE job_match_scores`);
  const [{ n = 0 } = {}] = await db.select({ n: count() }).from(jobs);
  return n;
}

/** A list scored while the index is down is ranked live by forMe: the stored one must not be. */
async function indexReady(db: Database, dimensions: number): Promise<void> {
  const probe = Array.from({ length: dimensions }, (_, i) => (i === 0 ? 1 : 0));
  const started = Date.now();
  while ((await withVectorIndex(db, (index) => index.query(probe, 1, {}))).degraded) {
    if (Date.now() - started > 1_800_000) throw new Error('vector index not ready after 30 min');
    await new Promise((r) => setTimeout(r, 1_000));
  }
}
