/**
 * What counts as a fuzz failure. A refusal of any 4xx kind is a correct answer to a bad input; the
 * failures are the answers a user must never get:
 * - a 5xx (INTERNAL_SERVER_ERROR and the other server codes), or anything thrown that is not a
 *   TRPCError;
 * - an answer that does not match the procedure's output schema;
 * - a zod error after the input passed the procedure's input schema. The error mapping turns every
 *   ZodError into BAD_REQUEST, so an output-validation failure, or a service re-parsing data the
 *   server made, reaches the user as a 400 blaming their input; this is how the fuzz sees them.
 * (A background workflow that fails after the call is a failure too: workflow-failures.ts.)
 */
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { ZodError } from 'zod';
import type { Outcome } from '../../tests/helpers/procedures';

export type FailureKind =
  | 'server error'
  | 'not a TRPCError'
  | 'output schema'
  | 'zod error after a valid input'
  | 'background workflow failed'
  | 'timeout';

export interface Verdict {
  /** "ok" or the TRPC error code: the fuzz counts them per procedure. */
  label: string;
  failure?: { kind: FailureKind; message: string };
}

interface SafeParser {
  safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
}

export function inputIsValid(inputs: unknown[], input: unknown): boolean {
  return inputs.every((schema) => (schema as SafeParser).safeParse(input).success);
}

function firstIssue(error: { issues: { path: PropertyKey[]; message: string }[] } | undefined): string {
  const issue = error?.issues[0];
  return issue ? `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}` : 'invalid';
}

export function judge(
  outcome: Outcome,
  opts: { inputs: unknown[]; output: unknown; input: unknown; serverLog: () => string | undefined },
): Verdict {
  if (outcome.ok) {
    if (!opts.output) return { label: 'ok' };
    const parsed = (opts.output as SafeParser).safeParse(outcome.data);
    if (parsed.success) return { label: 'ok' };
    return { label: 'ok', failure: { kind: 'output schema', message: firstIssue(parsed.error) } };
  }
  const error = outcome.error;
  if (!(error instanceof TRPCError)) {
    return { label: 'thrown', failure: { kind: 'not a TRPCError', message: String(error) } };
  }
  if (error.message.startsWith('Timed out after')) {
    return { label: 'timeout', failure: { kind: 'timeout', message: error.message } };
  }
  if (getHTTPStatusCodeFromError(error) >= 500) {
    // The answer hides the cause behind a reference; the server log has it.
    const logged = opts.serverLog() ?? error.message;
    return { label: error.code, failure: { kind: 'server error', message: `${error.code}: ${logged}` } };
  }
  if (error.cause instanceof ZodError && inputIsValid(opts.inputs, opts.input)) {
    return { label: error.code, failure: { kind: 'zod error after a valid input', message: firstIssue(error.cause) } };
  }
  return { label: error.code };
}
