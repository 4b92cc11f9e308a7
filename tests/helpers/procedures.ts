/**
 * The app router's procedures, read from the router itself so a procedure added tomorrow is
 * covered by the authorization matrix and the fuzz without anyone listing it.
 */
import { appRouter, type createCaller } from '@/server/api/root';

export type Caller = ReturnType<typeof createCaller>;

export interface ProcedureInfo {
  /** "profile.addSkill" */
  path: string;
  type: 'query' | 'mutation' | 'subscription';
  /** The zod schemas given to .input(), in order (tRPC merges them). */
  inputs: unknown[];
  /** The schema given to .output(), if any. */
  output: unknown;
}

interface ProcedureDef {
  _def: { type: ProcedureInfo['type']; inputs: unknown[]; output?: unknown };
}

export function listProcedures(): ProcedureInfo[] {
  const record = appRouter._def.procedures as unknown as Record<string, ProcedureDef>;
  return Object.entries(record)
    .map(([path, p]) => ({ path, type: p._def.type, inputs: p._def.inputs, output: p._def.output }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Calls `path` ("users.me") on a server-side caller, as a client would over HTTP. */
export function callProcedure(caller: Caller, path: string, input: unknown): Promise<unknown> {
  let target: unknown = caller;
  for (const part of path.split('.')) target = (target as Record<string, unknown>)[part];
  return (target as (input: unknown) => Promise<unknown>)(input);
}

/** The outcome of a call, never throwing: what the matrix and the fuzz judge. */
export type Outcome = { ok: true; data: unknown } | { ok: false; error: unknown };

export async function settle(promise: Promise<unknown>): Promise<Outcome> {
  try {
    return { ok: true, data: await promise };
  } catch (error) {
    return { ok: false, error };
  }
}
