/**
 * `DATABASE_URL=postgres://…/givemejobs_bench_api npm run bench:prepared [-- --rounds N --calls N]`
 *
 * What preparing statements buys (server/db/prepared-statements.ts), on the bench:api database
 * (200,000 jobs, the seeded demo seeker): two pools of the app's kind on the same server, one
 * preparing and one not, take turns running the same mix of calls through the procedures in
 * process (the session check, then `matching.forMe`, `applications.list` or `jobs.byId` in
 * turn; 8 at a time). Alternating rounds cancel out the load of a shared machine; PostgreSQL's
 * own CPU per call is read from /proc (every `postgres` process's user + system time), which
 * other work disturbs less than wall time. Not HTTP: bench:api measures that.
 * Writes bench/results/prepared-statements.json (format: BENCHMARKS.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { eq, sql } from 'drizzle-orm';
import { memoryRateLimiter } from '@/server/adapters/rate-limit';
import { createCaller } from '@/server/api/root';
import { createTRPCContext } from '@/server/api/trpc';
import { liveSessionUser } from '@/server/auth/session-token';
import { env } from '@/env';
import type { Database } from '@/server/db';
import { connectPostgres } from '@/server/db/connect';
import { users } from '@/server/db/schema';
import { rowsOf } from '@/server/adapters/vectors/rows';
import { DEMO_USERS } from '@/server/services/seed/users';
import { gitCommit, saveResult } from './result-file';
import { round as round2 } from './stats';

const { values: args } = parseArgs({
  options: { rounds: { type: 'string', default: '6' }, calls: { type: 'string', default: '300' } },
});
const ROUNDS = Number(args.rounds);
const CALLS = Number(args.calls);
const CONCURRENCY = 8;

if (!env.DATABASE_URL) {
  console.error('DATABASE_URL must point at the bench:api database (PostgreSQL).');
  process.exit(1);
}

/** CPU time (ms) of every process named postgres on this machine, from /proc. */
function postgresCpuMs(): number {
  const tick = 1000 / 100; // USER_HZ is 100 on Linux
  let ticks = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (!stat.includes('(postgres)')) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended while being read.
    }
  }
  return ticks * tick;
}

const prepared = await connectPostgres(env.DATABASE_URL, { max: 10, preparedStatements: true });
const unprepared = await connectPostgres(env.DATABASE_URL, { max: 10, preparedStatements: false });
try {
  const [seeker] = await prepared.db
    .select({ id: users.id, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.email, DEMO_USERS.seeker.email));
  if (!seeker) throw new Error('no demo seeker: run bench:api first (it seeds the database)');
  const jobIds = rowsOf<{ id: string }>(
    await prepared.db.execute(sql`SELECT id FROM jobs WHERE status = 'open' LIMIT 50`),
  ).map((r) => r.id);

  async function run(db: Database, calls: number) {
    const caller = createCaller(
      createTRPCContext({
        db,
        session: { user: { id: seeker!.id, role: 'seeker' } },
        clientIp: null,
        rateLimiter: memoryRateLimiter(),
      }),
    );
    const token = { sub: seeker!.id, role: 'seeker' as const, sv: seeker!.sessionVersion };
    let next = 0;
    const worker = async () => {
      while (next < calls) {
        const k = next++;
        await liveSessionUser(db, token);
        if (k % 3 === 0) await caller.matching.forMe({});
        else if (k % 3 === 1) await caller.applications.list({});
        else await caller.jobs.byId({ id: jobIds[k % jobIds.length] ?? '' });
      }
    };
    const cpu0 = postgresCpuMs();
    const t0 = performance.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    return { callsPerS: calls / ((performance.now() - t0) / 1000), pgCpuMsPerCall: (postgresCpuMs() - cpu0) / calls };
  }

  console.log('Warm-up…');
  await run(prepared.db, 100);
  await run(unprepared.db, 100);
  const rounds = { prepared: [] as Awaited<ReturnType<typeof run>>[], unprepared: [] as Awaited<ReturnType<typeof run>>[] };
  const loads = [os.loadavg()[0] ?? 0];
  for (let r = 0; r < ROUNDS; r++) {
    rounds.prepared.push(await run(prepared.db, CALLS));
    rounds.unprepared.push(await run(unprepared.db, CALLS));
    const p = rounds.prepared.at(-1)!;
    const u = rounds.unprepared.at(-1)!;
    console.log(
      `  round ${r + 1}: prepared ${p.callsPerS.toFixed(0)} calls/s, ${p.pgCpuMsPerCall.toFixed(2)} ms PostgreSQL CPU per call; unprepared ${u.callsPerS.toFixed(0)}, ${u.pgCpuMsPerCall.toFixed(2)} ms`,
    );
  }
  loads.push(os.loadavg()[0] ?? 0);
  const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
  const metrics = {
    prepared_calls_per_s: round2(median(rounds.prepared.map((r) => r.callsPerS)), 1),
    unprepared_calls_per_s: round2(median(rounds.unprepared.map((r) => r.callsPerS)), 1),
    prepared_pg_cpu_ms_per_call: round2(median(rounds.prepared.map((r) => r.pgCpuMsPerCall)), 2),
    unprepared_pg_cpu_ms_per_call: round2(median(rounds.unprepared.map((r) => r.pgCpuMsPerCall)), 2),
  };
  const result = {
    name: 'prepared-statements',
    when: new Date().toISOString(),
    commit: gitCommit(),
    machine: { cpus: os.cpus().length, node: process.version, load_avg_1m: loads.map((l) => round2(l, 2)) },
    dataset: { rounds: ROUNDS, calls_per_round: CALLS, concurrency: CONCURRENCY, medians_of_rounds: true },
    metrics: {
      ...metrics,
      pg_cpu_per_call_ratio: round2(metrics.prepared_pg_cpu_ms_per_call / metrics.unprepared_pg_cpu_ms_per_call, 3),
      calls_per_s_ratio: round2(metrics.prepared_calls_per_s / metrics.unprepared_calls_per_s, 3),
    },
    rounds,
    targets: [],
  };
  console.log(JSON.stringify(result.metrics));
  saveResult('prepared-statements', result);
} finally {
  await prepared.close();
  await unprepared.close();
}
