/**
 * Seeds companies, the three demo users and job postings.
 *
 * Idempotent: companies and users are inserted with ON CONFLICT DO NOTHING. Jobs are
 * skipped entirely when any seed jobs exist (a re-run is a quick no-op), unless `topUp`
 * is set: then every missing `seed-<n>` with n < `jobs` is added, including gaps left by a
 * crashed run. Job #n depends only on the seed and n, so a top-up gives the same rows as one
 * larger seed (except postedAt, which follows `now`).
 */
import { count, eq } from 'drizzle-orm';
import { jobs } from '@/server/db/schema';
import type { Database } from '@/server/db/types';
import { loadOnet, type OnetData } from '@/server/data/onet';
import { generateCompanies } from './companies';
import { insertCompanies } from './insert-companies';
import { toJobRow } from './job-rows';
import {
  SEED_SOURCE,
  createJobContext,
  generateJob,
  seedExternalId,
  seedJobOccupationCode,
  type JobContext,
} from './jobs';
import { occupationPicker } from './occupations';
import { seedApplicationHistories } from './applications';
import { ensureDemoProfile } from './demo-profile';
import { ensureDemoUsers } from './users';

export const DEFAULT_SEED = 42;
/** ~20 columns x 1000 rows = 20k bind parameters, well under PostgreSQL's 65,535. */
export const DEFAULT_BATCH_SIZE = 1000;

export interface SeedOptions {
  /** Target number of seed jobs. */
  jobs: number;
  /** Default: one per 40 jobs, between 25 and 1000. */
  companies?: number;
  seed?: number;
  /** Postings are dated over the 120 days before this. Default: the current time. */
  now?: Date;
  /** Add missing seed jobs up to `jobs` when some already exist. */
  topUp?: boolean;
  batchSize?: number;
  /**
   * INSERTs in flight at once (default 2). PostgreSQL computes each row's search_vector, the
   * main cost: two backends use both cores. PGlite runs them one after another regardless.
   */
  concurrency?: number;
  /**
   * Sample seekers given an application history (default 300; existing ones are kept). A fresh
   * clone's first start seeds none before its first page and the rest afterwards.
   */
  sampleSeekers?: number;
  log?: (message: string) => void;
}

export interface SeedResult {
  seed: number;
  companies: { generated: number; inserted: number };
  demoUsersCreated: number;
  jobs: { requested: number; existing: number; inserted: number; skipped: boolean };
  ms: number;
}

export const defaultCompanyCount = (jobCount: number) => Math.min(1000, Math.max(25, Math.round(jobCount / 40)));

async function countSeedJobs(db: Database): Promise<number> {
  const [row] = await db.select({ n: count() }).from(jobs).where(eq(jobs.source, SEED_SOURCE));
  return row?.n ?? 0;
}

/** Indices n < `requested` with no `seed-<n>` row yet, ascending (compared in JS: driver-neutral). */
async function missingIndices(db: Database, requested: number): Promise<number[]> {
  const rows = await db.select({ id: jobs.externalId }).from(jobs).where(eq(jobs.source, SEED_SOURCE));
  const present = new Set(rows.map((r) => r.id));
  return Array.from({ length: requested }, (_, i) => i).filter((i) => !present.has(seedExternalId(i)));
}

export async function seedDatabase(db: Database, options: SeedOptions): Promise<SeedResult> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const seed = options.seed ?? DEFAULT_SEED;
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const requested = Math.max(0, Math.floor(options.jobs));

  let onetData: OnetData | null = null;
  const onet = () => (onetData ??= loadOnet());
  const companyList = generateCompanies(options.companies ?? defaultCompanyCount(requested), seed);
  const { inserted: companiesInserted, ids: companyIds } = await insertCompanies(db, companyList, batchSize);
  log(`companies: ${companyList.length} generated, ${companiesInserted} new`);
  const firstCompanyId = companyIds[0];
  if (!firstCompanyId) throw new Error('The seed needs at least one company.');
  const demo = await ensureDemoUsers(db, firstCompanyId);
  if (await ensureDemoProfile(db, demo.seekerId)) log('demo seeker: profile created');

  const existing = await countSeedJobs(db);
  const skipped = existing >= requested || (existing > 0 && !options.topUp);
  if (skipped) {
    log(`jobs: ${existing} seed jobs exist, skipping${existing < requested ? ' (top up to add more)' : ''}`);
  } else {
    const ctx = createJobContext(onet(), companyList, seed, now);
    const todo = existing === 0 ? Array.from({ length: requested }, (_, i) => i) : await missingIndices(db, requested);
    const inFlight: Promise<unknown>[] = [];
    for (let offset = 0; offset < todo.length; offset += batchSize) {
      // Built while earlier INSERTs run, so JS and PostgreSQL (to_tsvector of every row) overlap.
      const rows = todo
        .slice(offset, offset + batchSize)
        .map((index) => toJobRow(generateJob(ctx, index), companyIds, demo.recruiterId));
      if (inFlight.length >= concurrency) await inFlight.shift();
      const insert = db
        .insert(jobs)
        .values(rows)
        .onConflictDoNothing({ target: [jobs.source, jobs.externalId] })
        .execute();
      insert.catch(() => {}); // awaited below; this only prevents an "unhandled rejection" meanwhile
      inFlight.push(insert);
      const done = offset + rows.length;
      if (Math.floor(done / 20_000) > Math.floor(offset / 20_000) || done === todo.length) {
        log(`jobs: ${done}/${todo.length}`);
      }
    }
    await Promise.all(inFlight);
  }
  let pickOccupation: JobContext['pickOccupation'] | null = null;
  const histories = await seedApplicationHistories(db, {
    seed,
    now,
    demoSeekerId: demo.seekerId,
    sampleSeekers: options.sampleSeekers,
    // Read only when the demo history is written.
    occupationOf: (index) =>
      seedJobOccupationCode((pickOccupation ??= occupationPicker(onet().occupations)), seed, index),
  });
  log(
    `applications: demo seeker ${histories.demoApplications} new; ${histories.sampleSeekers} new sample seekers with ${histories.sampleApplications} applications`,
  );
  const total = await countSeedJobs(db);
  return {
    seed,
    companies: { generated: companyList.length, inserted: companiesInserted },
    demoUsersCreated: demo.created,
    jobs: { requested, existing, inserted: total - existing, skipped },
    ms: Math.round(performance.now() - started),
  };
}
