import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import { ZodError } from 'zod';
import { constraintViolationToAppError } from '@/server/db/constraint-errors';
import { AppError, type AppErrorCode } from '@/server/errors';
import type { Logger } from '@/server/logger';
import { databaseUnavailable, findDatabaseOutage } from '@/server/services/health/database-outage';
import { humanPath } from '@/lib/field-path';

const TRPC_CODE: Record<AppErrorCode, TRPC_ERROR_CODE_KEY> = {
  VALIDATION_ERROR: 'BAD_REQUEST',
  UNAUTHORIZED: 'UNAUTHORIZED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  PRECONDITION_FAILED: 'PRECONDITION_FAILED',
  RATE_LIMITED: 'TOO_MANY_REQUESTS',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  EXTERNAL_SERVICE_ERROR: 'BAD_GATEWAY',
  INTERNAL_ERROR: 'INTERNAL_SERVER_ERROR',
};

/**
 * The one place errors become TRPCErrors. AppErrors keep their message; zod
 * errors become BAD_REQUEST with fields; database constraint violations become
 * typed errors; a database that cannot be reached becomes SERVICE_UNAVAILABLE
 * (503, retried later); anything else is logged with its stack and hidden behind
 * a generic message carrying the request id.
 */
export function toTRPCError(error: TRPCError, ctx: { requestId: string; log: Logger }, path: string): TRPCError {
  const cause = error.cause;
  if (cause instanceof AppError && cause.isOperational) return fromAppError(cause, ctx, path);
  // tRPC's output validator: our answer did not match its schema. A bug, never the caller's input.
  const outputInvalid = error.code === 'INTERNAL_SERVER_ERROR' && error.message === 'Output validation failed';
  if (cause instanceof ZodError && !outputInvalid) {
    return new TRPCError({ code: 'BAD_REQUEST', message: firstZodMessage(cause), cause });
  }
  const violation = constraintViolationToAppError(cause);
  if (violation) return fromAppError(violation, ctx, path);
  const outage = findDatabaseOutage(cause);
  if (outage) {
    // Not a bug: a warning naming the driver's code, without the stack (or the failed query's values).
    ctx.log.warn({ path, outage }, 'database unavailable: answered 503');
    return fromAppError(databaseUnavailable(cause), ctx, path);
  }
  if (cause instanceof AppError) return fromAppError(cause, ctx, path);
  if (error.code !== 'INTERNAL_SERVER_ERROR') return error;
  ctx.log.error({ err: cause ?? error, path }, 'unhandled error');
  return new TRPCError({
    code: 'INTERNAL_SERVER_ERROR',
    message: `Something went wrong on our side. Reference: ${ctx.requestId}`,
  });
}

function fromAppError(err: AppError, ctx: { requestId: string; log: Logger }, path: string): TRPCError {
  if (!err.isOperational) {
    ctx.log.error({ err, path }, 'internal error');
    return new TRPCError({
      code: 'INTERNAL_SERVER_ERROR',
      message: `Something went wrong on our side. Reference: ${ctx.requestId}`,
    });
  }
  return new TRPCError({ code: TRPC_CODE[err.code], message: err.message, cause: err });
}

function firstZodMessage(err: ZodError): string {
  const issue = err.issues[0];
  if (!issue) return 'Invalid input.';
  if (issue.path.length === 0) return issue.message;
  // Named as a person reads it: a form without an input for the path shows this message alone.
  const field = humanPath(issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)));
  // "End date must be after …" already names its field; "End date: End date must …" reads twice.
  return issue.message.toLowerCase().startsWith(field.toLowerCase()) ? issue.message : `${field}: ${issue.message}`;
}
