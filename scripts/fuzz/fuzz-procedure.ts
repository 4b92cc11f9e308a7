/**
 * Fuzzes one procedure: N inputs (60 % valid-looking, from its zod input schema; 40 % hostile
 * mutations of those), each through a fresh server-side caller of the kind the procedure is for,
 * against a real database. Stops at the first failure, which fast-check shrinks to a minimal
 * counterexample; known failures (known-failures.ts) are counted and reported instead.
 */
import { TRPCError } from '@trpc/server';
import fc from 'fast-check';
import { pino } from 'pino';
import { createCaller } from '@/server/api/root';
import { createTRPCContext } from '@/server/api/trpc';
import { memoryRateLimiter } from '@/server/adapters/rate-limit';
import type { Database } from '@/server/db';
import { drainWorkflows } from '@/server/workflows/dispatch';
import type { UserRole } from '@/lib/validators/enums';
import { type Access } from '../../tests/helpers/procedure-access';
import { callProcedure, settle, type ProcedureInfo } from '../../tests/helpers/procedures';
import type { World } from '../../tests/helpers/world';
import { mutated } from './hostile';
import { inputIsValid, judge, type FailureKind, type Verdict } from './judge';
import { knownFailure } from './known-failures';
import { takeWorkflowFailures, watchWorkflowFailures } from './workflow-failures';
import { arbitraryFor } from './zod-arbitrary';

export type CallerKind = 'anonymous' | 'seeker' | 'recruiter' | 'admin';

/** The callers each kind of procedure is fuzzed as: the ones that get past its guard. */
export const CALLERS_FOR: Record<Access, CallerKind[]> = {
  public: ['anonymous', 'seeker'],
  owner: ['seeker'],
  recruiter: ['recruiter'],
  admin: ['admin'],
};

export interface FuzzEnv {
  db: Database;
  world: World;
  users: Record<Exclude<CallerKind, 'anonymous'>, { id: string; role: UserRole }>;
  /** Ids of records that exist, most of them the callers' own. */
  ids: string[];
}

export interface FailureReport {
  kind: FailureKind;
  message: string;
  caller: CallerKind;
  /** The shrunk input, with strings over 200 characters abbreviated. */
  counterexample: unknown;
  seed: number;
  /** fast-check's replay path: `--seed S --path P` reproduces it. */
  path: string;
}

export interface ProcedureReport {
  procedure: string;
  access: Access | 'unclassified';
  callers: CallerKind[];
  runs: number;
  /** Inputs that passed the input schema: the share that reached the service. */
  validInputs: number;
  outcomes: Record<string, number>;
  ms: number;
  failure: FailureReport | null;
  knownFailures: (FailureReport & { why: string; count: number })[];
}

const CALL_TIMEOUT_MS = 20_000;
/** The counterexample as JSON can hold: huge strings abbreviated, Dates, BigInts and Maps spelled out. */
export function printable(value: unknown): unknown {
  if (typeof value === 'string') return value.length > 200 ? `${value.slice(0, 40)}… (${value.length} chars)` : value;
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (Object.is(value, -0)) return '-0';
  if (value === undefined) return '(undefined)';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : `Date(${value.toISOString()})`;
  if (value instanceof Map) return { Map: printable([...value.entries()]) };
  if (value instanceof Set) return { Set: printable([...value]) };
  if (Array.isArray(value)) return value.length > 20 ? `[array of ${value.length}]` : value.map(printable);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    const depth = JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? 0 : v))?.length ?? 0;
    if (depth > 5_000) return '[deep or large object]';
    return Object.fromEntries(entries.map(([k, v]) => [k, printable(v)]));
  }
  return value;
}

function withTimeout(promise: Promise<unknown>): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new TRPCError({ code: 'TIMEOUT', message: `Timed out after ${CALL_TIMEOUT_MS} ms` })),
      CALL_TIMEOUT_MS,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function fuzzProcedure(
  env: FuzzEnv,
  procedure: ProcedureInfo,
  access: Access | undefined,
  opts: { runs: number; seed: number; examples?: unknown[]; maxText?: number },
): Promise<ProcedureReport> {
  const callers = CALLERS_FOR[access ?? 'owner'];
  const arbOpts = { ids: env.ids, maxText: opts.maxText ?? 64 };
  // One .input() per procedure in practice (tRPC would merge several; the first shapes the walk).
  const walked = procedure.inputs.length > 0 ? arbitraryFor(procedure.inputs[0], arbOpts) : fc.constant(undefined);
  const examples = opts.examples ?? [];
  const valid = examples.length > 0 ? fc.oneof({ weight: 3, arbitrary: walked }, fc.constantFrom(...examples)) : walked;
  const input = fc.oneof({ weight: 3, arbitrary: valid }, { weight: 2, arbitrary: mutated(valid) });
  const report: ProcedureReport = {
    procedure: procedure.path,
    access: access ?? 'unclassified',
    callers,
    runs: 0,
    validInputs: 0,
    outcomes: {},
    ms: 0,
    failure: null,
    knownFailures: [],
  };
  let lastFailure: { kind: FailureKind; message: string } | undefined;
  let shrinking = false;

  const property = fc.asyncProperty(fc.constantFrom(...callers), input, async (kind, value) => {
    const logLines: string[] = [];
    const log = pino({ level: 'error' }, { write: (line: string) => void logLines.push(line) });
    const user = kind === 'anonymous' ? null : { user: env.users[kind] };
    // A fresh context per call: its own rate limiter (limits are not what is fuzzed) and log.
    const ctx = { ...createTRPCContext({ db: env.db, session: user, rateLimiter: memoryRateLimiter() }), log };
    const outcome = await settle(withTimeout(callProcedure(createCaller(ctx), procedure.path, value)));
    // Background work the call started finishes before the next call: no pile-up, honest timings,
    // and a workflow failure is pinned on the input that caused it.
    await drainWorkflows();
    const workflowFailures = takeWorkflowFailures();
    const verdict: Verdict = workflowFailures[0]
      ? { label: 'workflow failed', failure: { kind: 'background workflow failed', message: workflowFailures[0] } }
      : judge(outcome, {
          inputs: procedure.inputs,
          output: procedure.output,
          input: value,
          serverLog: () => {
            const line = logLines.at(-1);
            if (!line) return undefined;
            const entry = JSON.parse(line) as { err?: { message?: string; stack?: string } };
            return entry.err?.stack?.split('\n').slice(0, 4).join(' | ') ?? entry.err?.message;
          },
        });
    if (!shrinking) {
      report.runs += 1;
      report.outcomes[verdict.label] = (report.outcomes[verdict.label] ?? 0) + 1;
      if (procedure.inputs.length === 0 || inputIsValid(procedure.inputs, value)) report.validInputs += 1;
    }
    if (!verdict.failure) return;
    const known = knownFailure(procedure.path, verdict.failure.kind, verdict.failure.message);
    if (known) {
      if (shrinking) return;
      const seen = report.knownFailures.find((k) => k.why === known.why);
      if (seen) seen.count += 1;
      else {
        report.knownFailures.push({
          ...verdict.failure,
          caller: kind,
          counterexample: printable(value),
          seed: opts.seed,
          path: '',
          why: known.why,
          count: 1,
        });
      }
      return;
    }
    lastFailure = verdict.failure;
    shrinking = true;
    throw new Error(`${verdict.failure.kind}: ${verdict.failure.message}`);
  });

  watchWorkflowFailures();
  takeWorkflowFailures();
  const started = performance.now();
  const details = await fc.check(property, { numRuns: opts.runs, seed: opts.seed, endOnFailure: false });
  report.ms = Math.round(performance.now() - started);
  if (details.failed && details.counterexample) {
    const [caller, value] = details.counterexample;
    report.failure = {
      kind: lastFailure?.kind ?? 'server error',
      message: lastFailure?.message ?? String(details.errorInstance),
      caller,
      counterexample: printable(value),
      seed: details.seed,
      path: details.counterexamplePath ?? '',
    };
  }
  return report;
}
