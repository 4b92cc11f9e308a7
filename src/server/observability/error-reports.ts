import { TRPCError } from '@trpc/server';
import {
  captureException,
  createStackParser,
  createTransport,
  getClient,
  initAndBind,
  linkedErrorsIntegration,
  nodeStackLineParser,
  ServerRuntimeClient,
  type BaseTransportOptions,
  type ClientOptions,
  type ErrorEvent,
  type EventHint,
} from '@sentry/core';
import { ZodError } from 'zod';
import { AppError } from '@/server/errors';

/**
 * Errors worth waking someone for: bugs (INTERNAL_SERVER_ERROR, a non-operational AppError, an
 * error nobody mapped) and failed workflow runs. The caller's mistakes (BAD_REQUEST, NOT_FOUND,
 * rate limits, …) and a dependency's outage (503, 502: metrics and /api/ready show those) are not.
 */
export function isUnexpectedError(error: unknown): boolean {
  // For a procedure, pass the error as answered (after api/error-mapping.ts): a database outage
  // arrives from tRPC as INTERNAL_SERVER_ERROR and leaves as SERVICE_UNAVAILABLE.
  if (error instanceof TRPCError) return error.code === 'INTERNAL_SERVER_ERROR';
  if (error instanceof AppError) return !error.isOperational;
  if (error instanceof ZodError) return false;
  return true;
}

/** Sentry's envelope over the runtime's fetch: nothing else (no OpenTelemetry setup of its own). */
function fetchTransport(options: BaseTransportOptions) {
  return createTransport(options, async (request) => {
    const res = await fetch(options.url, {
      method: 'POST',
      body: request.body as BodyInit,
      signal: AbortSignal.timeout(10_000),
    });
    return {
      statusCode: res.status,
      headers: {
        'x-sentry-rate-limits': res.headers.get('x-sentry-rate-limits'),
        'retry-after': res.headers.get('retry-after'),
      },
    };
  });
}

/** A second guard: an operational AppError or a validation error never reaches Sentry. */
function dropExpected(event: ErrorEvent, hint: EventHint): ErrorEvent | null {
  return hint.originalException === undefined || isUnexpectedError(hint.originalException) ? event : null;
}

/** Starts error reporting when SENTRY_DSN is set (instrumentation.ts); without it nothing is sent. */
export function initErrorReports(opts: {
  dsn: string;
  environment: string;
  /** Where envelopes go; the default posts them to the DSN's host. */
  transport?: ClientOptions['transport'];
}): void {
  if (getClient()) return;
  initAndBind(ServerRuntimeClient, {
    dsn: opts.dsn,
    environment: opts.environment,
    transport: opts.transport ?? fetchTransport,
    stackParser: createStackParser(nodeStackLineParser()),
    // The cause chain: tRPC wraps what a procedure threw.
    integrations: [linkedErrorsIntegration()],
    platform: 'node',
    runtime: { name: 'node', version: process.version },
    beforeSend: dropExpected,
    // Request bodies and headers are never attached: they carry résumés and credentials.
    sendDefaultPii: false,
  });
}

export interface ErrorReportContext {
  requestId?: string;
  userId?: string;
  procedure?: string;
  workflow?: string;
}

/**
 * Sends an error the caller found unexpected (isUnexpectedError) to Sentry, with the original
 * error's stack and cause; a no-op when Sentry is not configured.
 */
export function reportError(error: unknown, context: ErrorReportContext): void {
  if (!getClient()) return;
  captureException(error, {
    tags: {
      ...(context.procedure ? { procedure: context.procedure } : {}),
      ...(context.workflow ? { workflow: context.workflow } : {}),
    },
    extra: context.requestId ? { requestId: context.requestId } : {},
    user: context.userId ? { id: context.userId } : undefined,
  });
}
