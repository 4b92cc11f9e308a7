/**
 * `npm run bench:writes [-- --reuse-build --seconds 30 --port 3801 --server postgres://… --cpu-profile-dir DIR]`
 *
 * Write capacity of the production build: `next start` against a fresh PostgreSQL database
 * (created on --server, default BENCH_POSTGRES_URL or postgres://postgres@127.0.0.1:5432, and
 * dropped afterwards) with seeded jobs and sample seekers, driven over loopback by seekers
 * signed in with session cookies who save a job, apply to another, add an experience and move
 * the application (write-mix.ts), at 1 and at 20 concurrent clients for --seconds each.
 * Afterwards every acknowledged write is looked up in the database. Writes
 * bench/results/writes.json (format: BENCHMARKS.md); target p95 <= 150 ms at 20 writers.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { connectPostgres } from '@/server/db/connect';
import { buildApp, hasBuild, startNext, waitForVectorIndex, type Server } from './api/servers';
import { signIn } from './api/sign-in';
import { round } from './stats';
import { checkAcknowledged } from './writes/write-check';
import { createDatabase, dropDatabase, prepareWriteDatabase, WRITER_PASSWORD } from './writes/prepare';
import { perOp, statusCounts, summarize } from './writes/summary';
import { runWriteMix, type Acknowledged, type Writer } from './writes/write-mix';
import { workflowDelta, workflowTotals } from './writes/workflow-totals';
import { gitCommit, saveResult } from './result-file';

const CLIENTS = [1, 20] as const;
const DATABASE = 'bench_writes';
const METRICS_TOKEN = 'bench-writes-metrics-token-0123456789';
/** Jobs kept apart per writer for the warm-up pass. */
const WARM_JOBS = 50;
const { values: args } = parseArgs({
  options: {
    'reuse-build': { type: 'boolean', default: false },
    seconds: { type: 'string', default: '30' },
    port: { type: 'string', default: '3801' },
    jobs: { type: 'string', default: '10000' },
    // A V8 CPU profile of the server (written when it stops): where a write's time goes.
    'cpu-profile-dir': { type: 'string' },
    server: {
      type: 'string',
      default: process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    },
  },
});
const SECONDS = Number(args.seconds);
const PORT = Number(args.port);
const log = (m: string) => console.log(`  ${m}`);

const loads: number[] = [os.loadavg()[0] ?? 0];
const runs: Record<string, unknown> = {};
const metrics: Record<string, number> = {};
const acknowledged: Acknowledged[] = [];
let server: Server | null = null;

try {
  console.log('Database…');
  const url = await createDatabase(args.server, DATABASE);
  // Writer 0 runs alone; writers 1-20 together. Each has its own jobs for a whole run plus
  // WARM_JOBS for the warm-up pass: alone, a writer saves and applies to ~30 jobs a second (400
  // jobs ran out after 13 s and every later apply was a 409 for a job it had already saved).
  const soloJobs = Math.max(450, Math.ceil(Number(args.seconds) * 60) + WARM_JOBS);
  const accounts = await prepareWriteDatabase(url, {
    jobs: Number(args.jobs),
    writers: 21,
    jobsFor: (i) => (i === 0 ? soloJobs : 450),
    log,
  });
  if (!args['reuse-build'] || !hasBuild()) buildApp(log);
  server = await startNext(PORT, {
    DATABASE_URL: url,
    LOG_LEVEL: 'warn',
    NEXTAUTH_URL: `http://127.0.0.1:${PORT}`,
    NEXTAUTH_SECRET: 'bench-writes-secret-not-for-production-0123456789',
    METRICS_TOKEN,
  }, args['cpu-profile-dir'] ? ['--cpu-prof', `--cpu-prof-dir=${args['cpu-profile-dir']}`] : []);
  const origin = server.origin;
  await waitForVectorIndex(origin, 600_000);
  const writers: Writer[] = [];
  for (const a of accounts)
    writers.push({ userId: a.userId, cookie: await signIn(origin, a.email, WRITER_PASSWORD), jobIds: a.jobIds });

  // A short pass first: compiled routes, statement plans and the pool warm.
  const warm = await runWriteMix(
    origin,
    writers.slice(1, 5).map((w) => ({ ...w, jobIds: w.jobIds.slice(-WARM_JOBS) })),
    3,
  );
  acknowledged.push(...warm.acknowledged);

  for (const clients of CLIENTS) {
    const group = clients === 1 ? writers.slice(0, 1) : writers.slice(1, 1 + clients);
    const loadBefore = os.loadavg()[0] ?? 0;
    const workflowsBefore = await workflowTotals(origin, METRICS_TOKEN);
    const mix = await runWriteMix(
      origin,
      group.map((w) => ({ ...w, jobIds: w.jobIds.slice(0, -WARM_JOBS) })),
      SECONDS,
    );
    loads.push(os.loadavg()[0] ?? 0);
    const background = workflowDelta(workflowsBefore, await workflowTotals(origin, METRICS_TOKEN));
    acknowledged.push(...mix.acknowledged);
    const all = summarize(mix.samples);
    const writesPerSecond = round(mix.acknowledged.length / SECONDS, 1);
    console.log(
      `  c=${String(clients).padStart(2)} ${writesPerSecond} writes/s  p50 ${all.p50_ms} p95 ${all.p95_ms} p99 ${all.p99_ms} ms  statuses ${JSON.stringify(statusCounts(mix.samples))}`,
    );
    runs[`c${clients}`] = {
      clients,
      seconds: SECONDS,
      load_avg_1m_before: round(loadBefore),
      statuses: statusCounts(mix.samples),
      ...all,
      writes_per_s: writesPerSecond,
      per_op: perOp(mix.samples),
      // In-process workflow runs that finished during the run (count, seconds of wall time).
      background_workflows: background,
    };
    console.log(`       background: ${JSON.stringify(background)}`);
    metrics[`writes_c${clients}_p50_ms`] = all.p50_ms;
    metrics[`writes_c${clients}_p95_ms`] = all.p95_ms;
    metrics[`writes_c${clients}_p99_ms`] = all.p99_ms;
    metrics[`writes_c${clients}_per_s`] = writesPerSecond;
    metrics[`writes_c${clients}_errors`] = mix.samples.length - all.ok;
  }

  // Background work (analytics, matching) settles before the writes are looked up.
  await new Promise((r) => setTimeout(r, 3_000));
  const handle = await connectPostgres(url, { max: 2 });
  const check = await checkAcknowledged(handle.db, acknowledged).finally(() => handle.close());
  metrics.acknowledged_writes = check.acknowledged;
  metrics.lost_writes = check.lost;
  console.log(`  acknowledged ${check.acknowledged}, found ${check.found}, lost ${check.lost}`);
  writeResult(check.lostSamples);
} finally {
  await server?.stop().catch(() => {});
  await dropDatabase(args.server, DATABASE).catch((e: unknown) => console.error('could not drop the database', e));
}

function writeResult(lostSamples: unknown[]): void {
  const targets = [
    { metric: 'writes_c20_p95_ms', op: '<=', value: 150 },
    { metric: 'writes_c20_errors', op: '<=', value: 0 },
    { metric: 'lost_writes', op: '<=', value: 0 },
  ] as const;
  const missed = targets.filter((t) => {
    const v = metrics[t.metric];
    return v === undefined || Number.isNaN(v) || v > t.value;
  });
  const result = {
    name: 'writes',
    when: new Date().toISOString(),
    commit: gitCommit(),
    machine: {
      cpus: os.cpus().length,
      node: process.version,
      // The clients, the server and PostgreSQL share these cores with other work.
      load_avg_1m: loads.map((l) => round(l)),
    },
    dataset: {
      seed_jobs: Number(args.jobs),
      seconds_per_run: SECONDS,
      clients: CLIENTS,
      mix: ['save', 'apply', 'add_experience', 'move'],
    },
    metrics,
    runs,
    targets,
    ...(missed.length > 0 ? { missed: missed.map((t) => t.metric) } : {}),
    ...(lostSamples.length > 0 ? { lost_samples: lostSamples } : {}),
  };
  saveResult('writes', result);
}
