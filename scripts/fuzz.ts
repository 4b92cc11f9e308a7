/**
 * `npm run fuzz`: every procedure of the app router (read from the router, so a new one is fuzzed
 * without being listed) called with inputs derived from its zod input schema plus hostile
 * mutations, as the caller kind it is for, against a fresh database. Fails on any 5xx, anything
 * thrown that is not a TRPCError, an answer outside the output schema, or a zod error after a valid
 * input (scripts/fuzz/judge.ts). Writes bench/results/fuzz.json.
 *
 * Options: --runs N (per procedure, default 1000), --procedure NAME (repeatable; a router prefix
 * like "profile." takes all of it), --seed S (default: random, printed for replay),
 * --mode pglite|postgres (default pglite; postgres creates and drops a database on
 * TEST_POSTGRES_URL's server), --out FILE.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { createTestDatabase } from '../tests/helpers/databases';
import { PROCEDURE_ACCESS } from '../tests/helpers/procedure-access';
import { listProcedures } from '../tests/helpers/procedures';
import { createFuzzEnv, examplesFor, pruneFuzzEnv } from './fuzz/fuzz-env';
import { fuzzProcedure, type ProcedureReport } from './fuzz/fuzz-procedure';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '1000' },
    procedure: { type: 'string', multiple: true },
    seed: { type: 'string' },
    mode: { type: 'string', default: 'pglite' },
    out: { type: 'string', default: 'bench/results/fuzz.json' },
  },
});

const runs = Number(args.runs);
const seed = args.seed !== undefined ? Number(args.seed) : Math.floor(Math.random() * 2 ** 31);
const mode = args.mode === 'postgres' ? 'postgres' : 'pglite';
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a positive whole number');

const wanted = args.procedure ?? [];
const procedures = listProcedures().filter(
  (p) => wanted.length === 0 || wanted.some((w) => p.path === w || (w.endsWith('.') && p.path.startsWith(w))),
);
if (procedures.length === 0) throw new Error(`No procedure matches ${wanted.join(', ')}`);

console.log(`fuzz: ${procedures.length} procedures x ${runs} inputs on ${mode}, seed ${seed}`);
const tdb = await createTestDatabase(mode);
const started = performance.now();
const reports: ProcedureReport[] = [];
try {
  const env = await createFuzzEnv(tdb.db);
  for (const procedure of procedures) {
    await pruneFuzzEnv(env);
    const report = await fuzzProcedure(env, procedure, PROCEDURE_ACCESS[procedure.path]?.access, {
      runs,
      seed,
      examples: examplesFor(env.world, procedure.path),
    });
    reports.push(report);
    const outcomes = Object.entries(report.outcomes)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
    const status = report.failure ? `FAIL ${report.failure.kind}: ${report.failure.message}` : 'ok';
    console.log(
      `${procedure.path.padEnd(30)} ${String(report.ms).padStart(6)} ms  valid ${report.validInputs}/${report.runs}  [${outcomes}]  ${status}`,
    );
    if (report.failure)
      console.log(`  counterexample (${report.failure.caller}): ${JSON.stringify(report.failure.counterexample)}`);
    for (const k of report.knownFailures)
      console.log(`  known failure x${k.count} (${k.why}): ${JSON.stringify(k.counterexample)}`);
  }
  await drainWorkflows();
} finally {
  await tdb.destroy();
}

const failures = reports.filter((r) => r.failure);
const summary = {
  generatedAt: new Date().toISOString(),
  machine: `${os.cpus().length} cores, Node ${process.version}`,
  mode,
  seed,
  runsPerProcedure: runs,
  procedures: reports.length,
  calls: reports.reduce((n, r) => n + r.runs, 0),
  durationMs: Math.round(performance.now() - started),
  unclassified: reports.filter((r) => r.access === 'unclassified').map((r) => r.procedure),
  failures: failures.map((r) => ({ procedure: r.procedure, ...r.failure })),
  knownFailures: reports.flatMap((r) => r.knownFailures.map((k) => ({ procedure: r.procedure, ...k }))),
  perProcedure: reports.map(({ failure: _f, knownFailures: _k, ...rest }) => rest),
};
mkdirSync(path.dirname(args.out), { recursive: true });
writeFileSync(args.out, `${JSON.stringify(summary, null, 2)}\n`);
console.log(
  `fuzz: ${summary.calls} calls in ${(summary.durationMs / 1000).toFixed(1)} s; ${failures.length} failing procedures, ` +
    `${summary.knownFailures.length} known failures; wrote ${args.out}`,
);
process.exit(failures.length > 0 ? 1 : 0);
