import type { TRPCError } from '@trpc/server';
import { metrics } from './metrics';
import { inSpan } from './tracing';

export interface ProcedureCall {
  path: string;
  type: 'query' | 'mutation' | 'subscription';
  requestId: string;
  userId: string | null;
}

type Outcome = { ok: true } | { ok: false; error: TRPCError };

/**
 * One procedure call as the outside sees it: a span (parent of its SQL spans), the call counter,
 * the latency histogram and, on failure, the error counter by the tRPC code the caller received.
 */
export function observeProcedure<R extends Outcome>(call: ProcedureCall, run: () => Promise<R>): Promise<R> {
  const m = metrics();
  const stopTimer = m.procedureDuration.startTimer({ procedure: call.path });
  return inSpan(
    `trpc ${call.path}`,
    {
      'rpc.system': 'trpc',
      'rpc.method': call.path,
      'trpc.type': call.type,
      'app.request_id': call.requestId,
      ...(call.userId ? { 'enduser.id': call.userId } : {}),
    },
    async (span) => {
      let result: R | undefined;
      try {
        result = await run();
        return result;
      } finally {
        stopTimer();
        const outcome = result?.ok ? 'ok' : 'error';
        m.procedureCalls.inc({ procedure: call.path, type: call.type, outcome });
        if (result && !result.ok) {
          m.procedureErrors.inc({ procedure: call.path, code: result.error.code });
          span.setAttribute('trpc.error_code', result.error.code);
          // Only bugs mark the span failed; a refused input is a normal answer.
          if (result.error.code === 'INTERNAL_SERVER_ERROR') span.setStatus({ code: 2, message: result.error.message });
        } else if (!result) {
          m.procedureErrors.inc({ procedure: call.path, code: 'INTERNAL_SERVER_ERROR' });
        }
      }
    },
  );
}
