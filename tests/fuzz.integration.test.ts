/**
 * The procedure fuzz, CI size: every procedure of the app router (read from the router: a new one
 * is fuzzed without being listed here) with 50 inputs derived from its zod input schema, a share
 * of them hostile (scripts/fuzz/hostile.ts), on PGlite. None may answer 5xx, throw anything but a
 * TRPCError, answer outside its output schema, fail zod after a valid input, or break a background
 * workflow (scripts/fuzz/judge.ts). `npm run fuzz` runs the same with 1,000 inputs per procedure.
 *
 * FUZZ_SEED=<n> replays a run; FUZZ_RUNS=<n> changes its size.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createFuzzEnv, examplesFor, pruneFuzzEnv } from '../scripts/fuzz/fuzz-env';
import { fuzzProcedure, type FuzzEnv } from '../scripts/fuzz/fuzz-procedure';
import { PROCEDURE_ACCESS } from './helpers/procedure-access';
import { listProcedures } from './helpers/procedures';
import { useTestDatabase } from './helpers/test-database-hooks';

const RUNS = Number(process.env.FUZZ_RUNS ?? 50);
const SEED = Number(process.env.FUZZ_SEED ?? 20261203);

/**
 * Procedures left out of the fuzz, each with its reason. None today: the resume readers are fuzzed
 * too (their generated payloads stay small; a huge one is refused by size before any parsing).
 */
const EXCLUDED: Record<string, string> = {};

const procedures = listProcedures();

describe('procedure fuzz on pglite', () => {
  const database = useTestDatabase('pglite');
  let env: FuzzEnv;

  beforeAll(async () => {
    env = await createFuzzEnv(database().db);
  }, 120_000);

  it('lists only exclusions of procedures that exist', () => {
    const paths = procedures.map((p) => p.path);
    expect(Object.keys(EXCLUDED).filter((p) => !paths.includes(p))).toEqual([]);
  });

  it.each(procedures.filter((p) => !(p.path in EXCLUDED)).map((p) => [p.path, p] as const))(
    '%s',
    async (_path, procedure) => {
      await pruneFuzzEnv(env);
      const report = await fuzzProcedure(env, procedure, PROCEDURE_ACCESS[procedure.path]?.access, {
        runs: RUNS,
        seed: SEED,
        examples: examplesFor(env.world, procedure.path),
      });
      expect(report.failure, `replay: FUZZ_SEED=${SEED}; ${JSON.stringify(report.failure)}`).toBeNull();
      expect(report.runs).toBe(RUNS);
    },
    120_000,
  );
});
