/**
 * `npm run chaos [-- --reuse-build --seconds 60 --port 3802 --pg-port 55433 --redis-port 6391]`
 *
 * Fault survival of the production build. Starts its own PostgreSQL cluster (initdb into a
 * temporary folder) and its own redis-server, seeds a database, starts `next start` against
 * them and drives 20 signed-in write clients (write-mix.ts) for --seconds. Meanwhile it
 * restarts PostgreSQL (fast stop, ~5 s down, start), then stops Redis for ~10 s and starts it
 * again. Afterwards every acknowledged write (2xx carrying the created id) is looked up in the
 * database. Writes bench/results/chaos.json: lost writes, 503s (with Retry-After) and 500s,
 * and the recovery time (PostgreSQL back until the first write succeeded). Everything it
 * started is stopped and deleted at the end, on failure and on Ctrl-C too.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { connectPostgres } from '@/server/db/connect';
import { buildApp, hasBuild, startNext, type Server } from './bench/api/servers';
import { signIn } from './bench/api/sign-in';
import { round } from './bench/stats';
import { checkAcknowledged } from './bench/writes/write-check';
import { createDatabase, prepareWriteDatabase, WRITER_PASSWORD } from './bench/writes/prepare';
import { runWriteMix, type Writer } from './bench/writes/write-mix';
import { outageReport, type Timeline } from './chaos/outage-report';
import {
  createPrivatePostgres,
  createPrivateRedis,
  type PrivatePostgres,
  type PrivateRedis,
} from './chaos/private-services';
import { gitCommit, saveResult } from './bench/result-file';

const WRITERS = 20;
const { values: args } = parseArgs({
  options: {
    'reuse-build': { type: 'boolean', default: false },
    seconds: { type: 'string', default: '60' },
    port: { type: 'string', default: '3802' },
    'pg-port': { type: 'string', default: '55433' },
    'redis-port': { type: 'string', default: '6391' },
  },
});
const SECONDS = Number(args.seconds);
const PORT = Number(args.port);
const log = (m: string) => console.log(`  ${m}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let postgresCluster: PrivatePostgres | null = null;
let redis: PrivateRedis | null = null;
let server: Server | null = null;
let cleaned = false;

async function cleanUp(): Promise<void> {
  if (cleaned) return;
  cleaned = true;
  await server?.stop().catch(() => {});
  await redis?.stop().catch(() => {});
  postgresCluster?.destroy();
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`${signal}: cleaning up`);
    void cleanUp().finally(() => process.exit(130));
  });
}

const loads: number[] = [os.loadavg()[0] ?? 0];
try {
  console.log('Private PostgreSQL and Redis…');
  const pg = createPrivatePostgres(Number(args['pg-port']));
  postgresCluster = pg;
  await pg.start();
  const cache = createPrivateRedis(Number(args['redis-port']));
  redis = cache;
  await cache.start();
  const url = await createDatabase(pg.url('postgres'), 'givemejobs');
  // Two jobs per writer and cycle: at ~200 writes/s a writer gets through ~300 in the 60 s, and a
  // job it comes back to answers 409 (applied already), which is not what this run looks at.
  const accounts = await prepareWriteDatabase(url, { jobs: 8000, writers: WRITERS, jobsFor: () => 380, log });
  if (!args['reuse-build'] || !hasBuild()) buildApp(log);
  server = await startNext(PORT, {
    DATABASE_URL: url,
    REDIS_URL: cache.url,
    LOG_LEVEL: 'error',
    NEXTAUTH_URL: `http://127.0.0.1:${PORT}`,
    NEXTAUTH_SECRET: 'chaos-secret-not-for-production-0123456789abcdef',
  });
  const origin = server.origin;
  const writers: Writer[] = [];
  for (const a of accounts)
    writers.push({ userId: a.userId, cookie: await signIn(origin, a.email, WRITER_PASSWORD), jobIds: a.jobIds });

  console.log(
    `${WRITERS} writers for ${SECONDS} s: PostgreSQL restarted at ${SECONDS / 6} s, Redis down at ${SECONDS / 2} s…`,
  );
  const t0 = performance.now();
  const since = () => performance.now() - t0;
  const load = runWriteMix(origin, writers, SECONDS, t0);
  const timeline: Partial<Timeline> = {};
  await sleep(SECONDS * 1000 * (1 / 6));
  timeline.postgresStopAt = since();
  await pg.stop();
  log(`PostgreSQL stopped at ${(timeline.postgresStopAt / 1000).toFixed(1)} s`);
  await sleep(5_000);
  await pg.start();
  timeline.postgresStartedAt = since();
  log(`PostgreSQL started at ${(timeline.postgresStartedAt / 1000).toFixed(1)} s`);
  await sleep(Math.max(0, SECONDS * 500 - since()));
  timeline.redisStopAt = since();
  await cache.stop();
  log(`Redis stopped at ${(timeline.redisStopAt / 1000).toFixed(1)} s`);
  await sleep(10_000);
  await cache.start();
  timeline.redisStartedAt = since();
  log(`Redis started at ${(timeline.redisStartedAt / 1000).toFixed(1)} s`);
  const mix = await load;
  timeline.endAt = since();
  loads.push(os.loadavg()[0] ?? 0);

  // Background work (analytics, matching) settles before the writes are looked up.
  await sleep(3_000);
  const handle = await connectPostgres(url, { max: 2 });
  const check = await checkAcknowledged(handle.db, mix.acknowledged).finally(() => handle.close());
  const report = outageReport(mix.samples, timeline as Timeline);
  console.log(
    `  acknowledged ${check.acknowledged}, lost ${check.lost}; statuses ${JSON.stringify(report.statuses)}; ` +
      `503 ${report.http_503} (${report.http_503_with_retry_after} with Retry-After), 500 ${report.http_500}; ` +
      `recovery ${report.postgres_outage.recovery_ms} ms`,
  );
  writeResult({ check, report });
} finally {
  await cleanUp();
}

function writeResult({
  check,
  report,
}: {
  check: Awaited<ReturnType<typeof checkAcknowledged>>;
  report: ReturnType<typeof outageReport>;
}) {
  const metrics = {
    acknowledged_writes: check.acknowledged,
    lost_writes: check.lost,
    http_500: report.http_500,
    http_503: report.http_503,
    http_503_with_retry_after: report.http_503_with_retry_after,
    no_answer: report.no_answer,
    recovery_ms: report.postgres_outage.recovery_ms,
  };
  const targets = [
    { metric: 'lost_writes', op: '<=', value: 0 },
    { metric: 'http_500', op: '<=', value: 0 },
    { metric: 'no_answer', op: '<=', value: 0 },
  ] as const;
  const missed = targets.filter((t) => (metrics[t.metric] ?? Number.NaN) > t.value);
  const result = {
    name: 'chaos',
    when: new Date().toISOString(),
    commit: gitCommit(),
    machine: {
      cpus: os.cpus().length,
      node: process.version,
      // The clients, the server, PostgreSQL and Redis share these cores with other work.
      load_avg_1m: loads.map((l) => round(l)),
    },
    setup: {
      writers: WRITERS,
      seconds: SECONDS,
      postgres_down_s: 5,
      redis_down_s: 10,
      mix: ['save', 'apply', 'add_experience', 'move'],
    },
    metrics,
    ...report,
    targets,
    ...(missed.length > 0 ? { missed: missed.map((t) => t.metric) } : {}),
    ...(check.lostSamples.length > 0 ? { lost_samples: check.lostSamples } : {}),
  };
  saveResult('chaos', result);
}
