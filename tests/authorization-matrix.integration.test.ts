/**
 * The authorization matrix: every procedure of the app router, called as each kind of caller that
 * must not get at seeker A's or recruiter R's records (tests/helpers/world.ts), with inputs naming
 * those records (tests/helpers/procedure-access.ts). Each call is refused with UNAUTHORIZED,
 * FORBIDDEN or NOT_FOUND, or, where the input names nothing private, answers with the caller's own
 * data only; in every case nothing of A's or R's comes back (answer or error message), and A's and
 * R's rows are byte-for-byte what they were before.
 */
import { TRPCError } from '@trpc/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { callerFor } from './helpers/callers';
import { availableModes } from './helpers/databases';
import { PROCEDURE_ACCESS, type AccessRule } from './helpers/procedure-access';
import { callProcedure, listProcedures, settle, type Outcome } from './helpers/procedures';
import { snapshotOwnedRows } from './helpers/row-snapshot';
import { useTestDatabase } from './helpers/test-database-hooks';
import { createWorld, privateTokens, type World } from './helpers/world';

const modes = await availableModes();
const procedures = listProcedures().map((p) => p.path);

type CallerKind = 'anonymous' | 'another seeker' | "another company's recruiter";
/** What a caller must get: one exact refusal, any refusal, or an answer about themselves only. */
type Expected = 'UNAUTHORIZED' | 'FORBIDDEN' | 'refused' | 'own data only';

const REFUSALS = ['UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND'];

function expectedFor(rule: AccessRule, kind: CallerKind): Expected {
  if (rule.access === 'public') return 'own data only';
  if (kind === 'anonymous') return 'UNAUTHORIZED';
  if (rule.access === 'admin') return 'FORBIDDEN';
  if (rule.access === 'recruiter' && kind === 'another seeker') return 'FORBIDDEN';
  return rule.theirs ? 'refused' : 'own data only';
}

function describeOutcome(o: Outcome): string {
  if (o.ok) return `answered ${JSON.stringify(o.data)?.slice(0, 300)}`;
  return o.error instanceof TRPCError ? `${o.error.code}: ${o.error.message}` : `threw ${String(o.error)}`;
}

describe('authorization table', () => {
  it('classifies every procedure of the app router, and only those', () => {
    const unclassified = procedures.filter((p) => !(p in PROCEDURE_ACCESS));
    const stale = Object.keys(PROCEDURE_ACCESS).filter((p) => !procedures.includes(p));
    expect(unclassified, 'add these procedures to tests/helpers/procedure-access.ts').toEqual([]);
    expect(stale, 'these rows name procedures the router no longer has').toEqual([]);
  });
});

describe.each(modes)('authorization matrix on %s', (mode) => {
  const database = useTestDatabase(mode);
  let world: World;
  let rowsBefore: string;
  let tokens: string[];

  beforeAll(async () => {
    world = await createWorld(database().db);
    rowsBefore = await snapshotOwnedRows(database().db, world);
    tokens = privateTokens(world);
  }, 120_000);

  const callers: { kind: CallerKind; user: () => World['seekerB'] | undefined }[] = [
    { kind: 'anonymous', user: () => undefined },
    { kind: 'another seeker', user: () => world.seekerB },
    { kind: "another company's recruiter", user: () => world.recruiterR2 },
  ];

  describe.each(callers)('as $kind', ({ kind, user }) => {
    it.each(procedures)('%s', async (path) => {
      const rule = PROCEDURE_ACCESS[path];
      if (!rule) throw new Error(`${path} is not in the authorization table`);
      const expected = expectedFor(rule, kind);
      const inputs = rule.theirs ? rule.theirs(world) : rule.own(world);
      for (const input of inputs) {
        // A fresh caller (and rate limiter) per call: a refusal must come from the rules, not a limit.
        const outcome = await settle(callProcedure(callerFor(database().db, user()), path, input));
        const seen = `${path}(${JSON.stringify(input)}) as ${kind}: ${describeOutcome(outcome)}`;
        const text = outcome.ok ? JSON.stringify(outcome.data ?? null) : String((outcome.error as Error).message);
        for (const token of tokens) expect(text, `${seen} holds ${token}`).not.toContain(token);
        if (expected === 'own data only') {
          if (!outcome.ok) {
            expect(outcome.error, seen).toBeInstanceOf(TRPCError);
            expect((outcome.error as TRPCError).code, seen).not.toBe('INTERNAL_SERVER_ERROR');
          }
          continue;
        }
        expect(outcome.ok, `${seen}: should have been refused`).toBe(false);
        expect(outcome.ok ? null : outcome.error, seen).toBeInstanceOf(TRPCError);
        const code = (outcome as { error: TRPCError }).error.code;
        if (expected === 'refused') expect(REFUSALS, seen).toContain(code);
        else expect(code, seen).toBe(expected);
      }
      // Background work a call started (match scores, notifications) has finished before the check.
      await drainWorkflows();
      expect(await snapshotOwnedRows(database().db, world), `${path} as ${kind} changed A's or R's rows`).toBe(
        rowsBefore,
      );
    });
  });
});
