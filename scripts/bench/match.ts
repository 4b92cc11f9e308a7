/**
 * `DATABASE_URL=postgres://…/gmj_bench npm run bench:match`
 *
 * Vector search for matching at 200,000 jobs. Embeds every job with the configured model
 * (skipping unchanged ones), then measures top-k latency (p50/p95/p99) and recall@k against
 * exact search, without and with filters, for each adapter that runs here:
 * - hnsw: the in-process index, built from job_embeddings on the PostgreSQL server;
 * - pgvector: a PGlite copy of the same jobs and vectors (temporary folder, removed after);
 * - baseline: exact brute-force cosine over the same vectors, in the same run.
 * Queries are embeddings of profile-like texts (match-queries.ts). Writes
 * bench/results/match.json (format: BENCHMARKS.md). Options: --queries N (default 240),
 * --k N (default 20), --skip-pglite, --skip-hnsw, --embed-only (embed now, measure later).
 * Then `matching.forMe` itself (match-for-me.ts: --seekers N, --rounds N); --for-me-only measures
 * just that and merges its figures into the existing match.json (marked with their own commit).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { embedMany } from 'ai';
import { count, eq, sql } from 'drizzle-orm';
import { env } from '@/env';
import { getEmbeddingModel } from '@/server/adapters/ai/embedding-model';
import { resolveFilter } from '@/server/adapters/vectors/filter';
import { HnswIndex } from '@/server/adapters/vectors/hnsw-index';
import { readJobVectors } from '@/server/adapters/vectors/job-rows';
import { rowsOf } from '@/server/adapters/vectors/rows';
import { PgvectorIndex } from '@/server/adapters/vectors/pgvector-index';
import type { VectorFilter, VectorHit, VectorIndex } from '@/server/adapters/vectors/types';
import { unit } from '@/server/adapters/vectors/vector-math';
import { openMigratedDatabase } from '@/server/db/open';
import { jobs } from '@/server/db/schema';
import { seedDatabase } from '@/server/services/seed/run-seed';
import { SEED_SOURCE } from '@/server/services/seed/jobs';
import { embedAllJobs } from './match-embed';
import { ExactIndex } from './match-exact';
import { copyIntoPglite } from './match-pglite';
import { buildProfileTexts } from './match-queries';
import { benchForMe } from './match-for-me';
import { mergeForMeResult, writeMatchResult } from './match-result';
import { percentile, round } from './stats';

const DATASET_JOBS = 200_000;
const { values: args } = parseArgs({
  options: {
    queries: { type: 'string', default: '240' },
    k: { type: 'string', default: '20' },
    'skip-pglite': { type: 'boolean', default: false },
    'embed-only': { type: 'boolean', default: false },
    'skip-hnsw': { type: 'boolean', default: false },
    'for-me-only': { type: 'boolean', default: false },
    seekers: { type: 'string', default: '40' },
    rounds: { type: 'string', default: '3' },
  },
});
const K = Number(args.k);

/** Unfiltered (open jobs only), the brief's remote filter, and two selective ones. */
const FILTERS: Record<string, VectorFilter> = {
  all: {},
  remote: { remoteTypes: ['remote'] },
  location: { location: 'Denver' },
  narrow: { remoteTypes: ['remote'], salaryMinAnnualUsd: 150_000, includeUnknownSalary: false },
};

if (!env.DATABASE_URL) {
  console.error('DATABASE_URL must point at a PostgreSQL database (the benchmark measures the real server).');
  process.exit(1);
}

const handle = await openMigratedDatabase();
const { db } = handle;
const log = (m: string) => console.log(`  ${m}`);
const metrics: Record<string, number> = {};
const loadAtStart = os.loadavg()[0] ?? 0;
let pgliteDir: string | undefined;

try {
  await run();
} finally {
  await handle.close();
  if (pgliteDir) rmSync(pgliteDir, { recursive: true, force: true });
}

async function run(): Promise<void> {
  const [{ n: seeded = 0 } = {}] = await db.select({ n: count() }).from(jobs).where(eq(jobs.source, SEED_SOURCE));
  if (seeded < DATASET_JOBS) {
    console.log(`Seeding: ${seeded} seed jobs present, topping up to ${DATASET_JOBS}…`);
    await seedDatabase(db, { jobs: DATASET_JOBS, topUp: true, log });
  }
  const model = getEmbeddingModel();
  console.log(`Embedding jobs with ${model.id} (${model.dimensions} dimensions; unchanged ones are skipped)…`);
  const embedding = await embedAllJobs(db, model, log);
  console.log(`  ${embedding.embedded} embedded of ${embedding.seen} in ${(embedding.ms / 1000).toFixed(1)} s`);
  // Both tables were just written in bulk (embedding stores each job's occupations too): without
  // fresh statistics a new database plans the stored-matches join over jobs badly (~1 s a call).
  await db.execute(sql`VACUUM (ANALYZE) job_embeddings`);
  await db.execute(sql`VACUUM (ANALYZE) jobs`);
  if (args['embed-only']) return;
  const forMeOptions = { seekers: Number(args.seekers), rounds: Number(args.rounds), log };
  if (args['for-me-only']) {
    console.log('matching.forMe through the procedure (the vector adapters are not measured in this run)…');
    const forMe = await benchForMe(db, forMeOptions);
    console.log('\nMetrics:', forMe);
    mergeForMeResult(forMe);
    return;
  }

  console.log('Loading vectors for exact search…');
  const exact = new ExactIndex(model.dimensions, embedding.seen);
  for await (const batch of readJobVectors(db, model.id, model.dimensions)) {
    for (const r of batch) exact.add(r.id, r.vector, r.fields);
  }
  console.log(`  ${exact.size} vectors`);

  const texts = buildProfileTexts(Number(args.queries));
  const { embeddings } = await embedMany({ model: model.model, values: texts });
  const queries = embeddings.map((e) => unit(Float32Array.from(e)));
  console.log(`Queries: ${queries.length} profile texts; k = ${K}; filters: ${Object.keys(FILTERS).join(', ')}`);

  const truth = new Map<string, VectorHit[][]>();
  console.log('Baseline: exact brute-force search…');
  for (const [name, filter] of Object.entries(FILTERS)) {
    const resolved = resolveFilter(filter);
    const times: number[] = [];
    const answers = queries.map((q) => {
      const started = performance.now();
      const hits = exact.search(q, K, resolved);
      times.push(performance.now() - started);
      return hits;
    });
    truth.set(name, answers);
    record(`exact${suffix(name)}`, times);
    metrics[`filter_${name}_share`] = round(exact.matching(resolved) / exact.size, 4);
  }

  if (!args['skip-hnsw']) {
    const hnsw = new HnswIndex(db, model.id, model.dimensions, { readyTimeoutMs: 3_600_000 });
    console.log('hnsw (in-process, from the PostgreSQL server): building…');
    const hnswBuild = await hnsw.rebuild();
    metrics.hnsw_build_ms = round(hnswBuild.ms, 0);
    log(`${hnswBuild.count} vectors in ${(hnswBuild.ms / 1000).toFixed(1)} s`);
    await measure('hnsw', hnsw);
    await hnsw.close();
  }

  if (!args['skip-pglite']) {
    pgliteDir = mkdtempSync(path.join(os.tmpdir(), 'gmj-bench-pgvector-'));
    console.log(`pgvector (PGlite copy in ${pgliteDir}): copying…`);
    const copyStarted = performance.now();
    const copy = await copyIntoPglite(db, pgliteDir, model.id, model.dimensions, log);
    log(`${copy.rows} rows in ${((performance.now() - copyStarted) / 1000).toFixed(1)} s; building the HNSW index…`);
    const pgvector = new PgvectorIndex(copy.handle.db, model.id, model.dimensions, { readyTimeoutMs: 3_600_000 });
    const pgBuild = await pgvector.rebuild();
    metrics.pgvector_build_ms = round(pgBuild.ms, 0);
    log(`${pgBuild.count} vectors in ${(pgBuild.ms / 1000).toFixed(1)} s`);
    await measure('pgvector', pgvector);
    await copy.handle.close();
  }

  console.log('matching.forMe through the procedure…');
  Object.assign(metrics, await benchForMe(db, forMeOptions));

  for (const adapter of ['hnsw', 'pgvector']) {
    const p95 = metrics[`${adapter}_p95_ms`];
    if (p95) metrics[`${adapter}_speedup_p95`] = round((metrics.exact_p95_ms ?? 0) / p95, 1);
  }
  console.log('\nMetrics:', metrics);
  if (args['skip-hnsw'] || args['skip-pglite']) {
    console.log('An adapter was skipped: bench/results/match.json is left as it was.');
    return;
  }
  const [version] = rowsOf<{ server_version: string }>(await db.execute(sql`SHOW server_version`));
  writeMatchResult({
    metrics,
    dataset: { jobs: exact.size, model: model.id, dimensions: model.dimensions, k: K, queries: queries.length },
    postgres: version?.server_version.split(' ')[0] ?? 'unknown',
    loadAtStart,
  });

  /**
   * Runs every query under every filter through `index`, each filter after a warm-up pass of
   * the same queries: the figures are a running server's. The warm-up pass is recorded too
   * (`*_first_pass_p95_ms`): pgvector then reads its index pages into PGlite's buffers.
   */
  async function measure(name: string, index: VectorIndex): Promise<void> {
    for (const [filterName, filter] of Object.entries(FILTERS)) {
      const resolved = resolveFilter(filter);
      const expected = truth.get(filterName) ?? [];
      const firstPass: number[] = [];
      for (const q of queries) {
        const started = performance.now();
        await index.query(q, K, filter);
        firstPass.push(performance.now() - started);
      }
      metrics[`${name}${suffix(filterName)}_first_pass_p95_ms`] = round(percentile(firstPass, 95));
      const times: number[] = [];
      const recalls: number[] = [];
      for (const [i, q] of queries.entries()) {
        const started = performance.now();
        const hits = await index.query(q, K, filter);
        times.push(performance.now() - started);
        recalls.push(exact.recallAt(q, hits, expected[i] ?? [], resolved));
      }
      const key = `${name}${suffix(filterName)}`;
      record(key, times);
      metrics[`${key}_recall_at_${K}`] = round(recalls.reduce((a, b) => a + b, 0) / recalls.length, 4);
      metrics[`${key}_recall_min`] = round(Math.min(...recalls), 4);
      log(
        `${filterName.padEnd(8)} p50 ${fmt(times, 50)} p95 ${fmt(times, 95)} p99 ${fmt(times, 99)} ms, recall@${K} ${metrics[`${key}_recall_at_${K}`]}`,
      );
    }
  }
}

function suffix(filterName: string): string {
  return filterName === 'all' ? '' : `_${filterName}`;
}

function record(key: string, times: number[]): void {
  metrics[`${key}_p50_ms`] = round(percentile(times, 50));
  metrics[`${key}_p95_ms`] = round(percentile(times, 95));
  metrics[`${key}_p99_ms`] = round(percentile(times, 99));
}

function fmt(times: number[], p: number): string {
  return percentile(times, p).toFixed(2).padStart(7);
}
