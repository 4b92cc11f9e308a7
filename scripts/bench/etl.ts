/**
 * `npm run bench:etl` -> bench/results/etl.json (BENCHMARKS.md format), on a fresh database of the
 * real PostgreSQL server (TEST_POSTGRES_URL's server; dropped afterwards):
 *
 * 1. first load: a 50,000-posting JSON-LD file built from the real postings (etl-data.ts) is
 *    parsed, normalized and stored (storePostings, batched) -> jobs/s;
 * 2. replay: the same file again (nothing changes, nothing is written) -> jobs/s;
 * 3. baseline: the same postings stored row by row (one INSERT ... ON CONFLICT per posting, the
 *    way a naive loader writes), into an emptied table, in the same run -> jobs/s and the ratios;
 * 4. duplicate linking: the labelled cross-posting pairs (etl-dedupe-pairs.ts) loaded as two
 *    sources; precision and recall of the links against the labels.
 *
 * The matching workflow (occupations, embeddings, scores) is not part of the load measured here:
 * bench:match measures it. Options: --jobs N (default 50,000), --write-labels, --cpu-profile FILE
 * (a V8 CPU profile of step 3's "parse + normalize alone", where Node's time goes).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import type { Database } from '@/server/db';
import { rowsOf } from '@/server/db/rows';
import { parseJobPostingJsonLd } from '@/server/services/ingestion/connectors';
import type { NormalizedPosting } from '@/server/services/ingestion/normalized-posting';
import { normalizePosting } from '@/server/services/ingestion/normalize';
import { dedupeKeyOf } from '@/server/services/ingestion/store/dedupe-key';
import { ingestRawPostings } from '@/server/services/ingestion/store/ingest-raw-postings';
import { storePostings } from '@/server/services/ingestion/store/store-postings';
import { withBenchDatabase } from './bench-database';
import { buildFeed, loadRealPostings } from './etl-data';
import { profileCpu } from './cpu-profile';
import { buildPairs } from './etl-dedupe-pairs';
import { resultHeader } from './result-header';

const { values } = parseArgs({
  options: {
    jobs: { type: 'string', default: '50000' },
    'write-labels': { type: 'boolean', default: false },
    'cpu-profile': { type: 'string' },
  },
});
const N = Number(values.jobs);
const noEvents = () => Promise.resolve();
const FETCHED_AT = new Date('2026-12-01T00:00:00Z');
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

function normalizeFile(text: string, source: string): NormalizedPosting[] {
  const collected = parseJobPostingJsonLd(text, { source });
  if (collected.quarantined.length) console.warn(`${collected.quarantined.length} records quarantined by the parser`);
  const fetchedAt = FETCHED_AT;
  const out: NormalizedPosting[] = [];
  for (const raw of collected.postings) {
    const n = normalizePosting(raw, { fetchedAt });
    if ('quarantined' in n) console.warn(`quarantined ${raw.externalId}: ${n.quarantined.reason}`);
    else out.push(n);
  }
  return out;
}

async function timed<T>(label: string, fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  const ms = performance.now() - t0;
  console.log(`${label}: ${(ms / 1000).toFixed(1)} s`);
  return { ms, value };
}

/** The baseline: one statement per posting, as a loop over an ORM's upsert would do. */
async function storeRowByRow(db: Database, source: string, postings: NormalizedPosting[]) {
  for (const p of postings) {
    await db.execute(sql`
      INSERT INTO jobs (source, external_id, title, company_name, description, location, remote_type, job_type,
        salary_min, salary_max, salary_currency, salary_period, salary_annual_usd, required_skills, required_years,
        posted_at, apply_url, content_hash, city, region, country, dedupe_key, last_seen_at)
      VALUES (${source}, ${p.externalId}, ${p.title}, ${p.companyName}, ${p.description}, ${p.location},
        ${p.remoteType}::remote_type, ${p.jobType}::job_type, ${p.salaryMin}, ${p.salaryMax}, ${p.salaryCurrency},
        ${p.salaryPeriod}::salary_period, ${p.salaryAnnualUsd}, ${`{${p.requiredSkills.map((s) => `"${s.replace(/["\\]/g, '\\$&')}"`).join(',')}}`}::text[],
        ${p.requiredYears}, ${p.postedAt.toISOString()}::timestamptz, ${p.applyUrl}, ${p.contentHash}, ${p.parsedLocation.city},
        ${p.parsedLocation.region}, ${p.parsedLocation.country}, ${dedupeKeyOf(p.companyName, p.title)}, now())
      ON CONFLICT (source, external_id) DO UPDATE SET title = EXCLUDED.title, description = EXCLUDED.description,
        content_hash = EXCLUDED.content_hash, updated_at = now()
      WHERE jobs.content_hash IS DISTINCT FROM EXCLUDED.content_hash`);
  }
}

async function dedupeQuality(db: Database) {
  const real = loadRealPostings();
  const pairs = buildPairs(real);
  if (values['write-labels']) {
    const file = path.join(process.cwd(), 'bench', 'etl-dedupe-labels.json');
    // Descriptions cut to 300 characters: enough to check a label by eye; the generator has the rest.
    const cut = (x: (typeof pairs)[number]['a']) => ({ ...x, description: x.description.slice(0, 300) });
    const labels = pairs.map((p) => ({ id: p.id, kind: p.kind, duplicate: p.duplicate, a: cut(p.a), b: cut(p.b) }));
    writeFileSync(file, `${JSON.stringify(labels, null, 1)}\n`);
    console.log(`Wrote ${path.relative(process.cwd(), file)} (${pairs.length} pairs)`);
  }
  const a = normalizeFile(JSON.stringify(pairs.map((p) => p.a)), 'greenhouse:pairs');
  const b = normalizeFile(JSON.stringify(pairs.map((p) => p.b)), 'lever:pairs');
  await storePostings(db, 'greenhouse:pairs', a, { complete: true, onJobsChanged: noEvents });
  await storePostings(db, 'lever:pairs', b, { complete: true, onJobsChanged: noEvents });
  const rows = rowsOf<{ external_id: string; dup_ext: string | null }>(
    await db.execute(sql`
      SELECT j.external_id, d.external_id AS dup_ext FROM jobs j LEFT JOIN jobs d ON d.id = j.duplicate_of
      WHERE j.source = 'lever:pairs'`),
  );
  const linked = new Map(rows.map((r) => [r.external_id, r.dup_ext]));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: Record<string, number> = {};
  for (const p of pairs) {
    const to = linked.get(`pair-${p.id}-b`) ?? null;
    const right = to === `pair-${p.id}-a`;
    if (p.duplicate && right) tp++;
    if (p.duplicate && !right) fn++;
    if (to !== null && !right) fp++;
    if (p.duplicate !== right) misses[p.kind] = (misses[p.kind] ?? 0) + 1;
  }
  console.log('dedupe misses by kind', misses);
  return {
    pairs: pairs.length,
    positives: pairs.filter((p) => p.duplicate).length,
    precision: tp + fp ? tp / (tp + fp) : 1,
    recall: tp / (tp + fn),
    misses,
  };
}

const loadAtStart = os.loadavg()[0] ?? 0;
await withBenchDatabase('etl', { max: 4 }, async ({ db, postgresVersion: version }) => {
  const real = loadRealPostings();
  const file = JSON.stringify(buildFeed(real, N));
  console.log(`${N} postings from ${real.length} real ones; file ${(file.length / 1e6).toFixed(1)} MB`);
  const source = 'jsonld:bench';

  const ingestFile = () =>
    ingestRawPostings(db, source, parseJobPostingJsonLd(file, { source }).postings, {
      complete: true,
      normalize: (raw) => normalizePosting(raw, { fetchedAt: FETCHED_AT }),
      onJobsChanged: noEvents,
    });
  const first = await timed('first load (parse + normalize + store)', ingestFile);
  if (first.value.inserted !== N) throw new Error(`first load inserted ${first.value.inserted}, not ${N}`);
  await db.execute(sql`ANALYZE jobs`);
  const replay = await timed('replay (parse + compare raw hashes, nothing normalized or written)', ingestFile);
  if (replay.value.unchanged !== N || replay.value.changedJobIds.length) throw new Error('the replay wrote something');

  const normalizeOnly = await timed('parse + normalize alone', () =>
    profileCpu(values['cpu-profile'], () => Promise.resolve(normalizeFile(file, source))),
  );
  const postings = normalizeOnly.value;
  await db.execute(sql`TRUNCATE jobs CASCADE`);
  const batched = await timed('store alone, batched', () =>
    storePostings(db, source, postings, { complete: true, onJobsChanged: noEvents }),
  );
  await db.execute(sql`TRUNCATE jobs CASCADE`);
  const rowByRow = await timed('store alone, row by row (baseline)', () => storeRowByRow(db, source, postings));
  await db.execute(sql`TRUNCATE jobs CASCADE`);

  const dedupe = await dedupeQuality(db);
  const perS = (ms: number) => round((N / ms) * 1000);
  const baselineEndToEnd = normalizeOnly.ms + rowByRow.ms;
  const metrics = {
    first_load_jobs_per_s: perS(first.ms),
    replay_jobs_per_s: perS(replay.ms),
    baseline_row_by_row_jobs_per_s: perS(baselineEndToEnd),
    speedup_first_load_vs_row_by_row: round(baselineEndToEnd / first.ms, 2),
    normalize_jobs_per_s: perS(normalizeOnly.ms),
    store_batched_jobs_per_s: perS(batched.ms),
    store_row_by_row_jobs_per_s: perS(rowByRow.ms),
    speedup_store_vs_row_by_row: round(rowByRow.ms / batched.ms, 2),
    dedupe_precision: round(dedupe.precision, 4),
    dedupe_recall: round(dedupe.recall, 4),
  };
  const targets = [
    { metric: 'first_load_jobs_per_s', op: '>=', value: 2000 },
    { metric: 'replay_jobs_per_s', op: '>=', value: 10000 },
    { metric: 'speedup_first_load_vs_row_by_row', op: '>=', value: 10 },
    { metric: 'dedupe_precision', op: '>=', value: 0.95 },
    { metric: 'dedupe_recall', op: '>=', value: 0.95 },
  ] as const;
  const missed = targets
    .filter((t) => !((metrics as Record<string, number>)[t.metric]! >= t.value))
    .map((t) => t.metric);
  const result = {
    ...resultHeader('etl', version, {
      load_avg_1m_start: round(loadAtStart, 2),
      load_avg_1m_end: round(os.loadavg()[0] ?? 0, 2),
    }),
    dataset: {
      jobs: N,
      real_postings: real.length,
      file_mb: round(file.length / 1e6),
      dedupe_pairs: dedupe.pairs,
      dedupe_positive_pairs: dedupe.positives,
    },
    metrics,
    targets,
    ...(missed.length ? { missed, dedupe_misses_by_kind: dedupe.misses } : {}),
  };
  const out = path.join(process.cwd(), 'bench', 'results', 'etl.json');
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(metrics, null, 2));
  console.log(`Wrote ${path.relative(process.cwd(), out)}${missed.length ? ` (missed: ${missed.join(', ')})` : ''}`);
});
