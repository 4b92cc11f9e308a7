import { AppError } from '@/server/errors';

/**
 * Tells "the database cannot be reached" apart from every other failure. An outage is not the
 * caller's mistake nor a bug: it becomes SERVICE_UNAVAILABLE (HTTP 503) with Retry-After, so
 * clients and load balancers wait and retry, and the app answers again on its own once the
 * connection pool reconnects.
 */

/** What clients are told to wait before trying again while a dependency is down. */
export const RETRY_AFTER_SECONDS = 5;

/** postgres.js connection states, and Node socket/DNS errors on the way to the server. */
const CONNECTION_CODES = new Set([
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs of a server that cannot take the query now: class 08 (connection exception),
 * 57P01-57P03 (shutting down, crashed, starting up) and 53300 (too many connections).
 */
const UNAVAILABLE_SQLSTATE = /^(08[0-9A-Z]{3}|57P0[123]|53300)$/;

/** PGlite's own words once its instance is closed (or closing). */
const PGLITE_CLOSED = /^PGlite is clos(ed|ing)$/;

/** The driver code (or PGlite message) naming the outage, or null. */
function outageMark(error: object): string | null {
  const code = 'code' in error && typeof error.code === 'string' ? error.code : null;
  if (code && (CONNECTION_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code))) return code;
  return error instanceof Error && PGLITE_CLOSED.test(error.message) ? error.message : null;
}

/**
 * What says the database is unreachable in `error` or what it wraps (drizzle's "Failed query"
 * error keeps the driver's error as `cause`; a refused connection to "localhost" is an
 * AggregateError of one per address): a code such as ECONNREFUSED, for the log; else null.
 */
export function findDatabaseOutage(error: unknown, depth = 0): string | null {
  if (depth > 5 || typeof error !== 'object' || error === null) return null;
  const mark = outageMark(error);
  if (mark) return mark;
  if (error instanceof AggregateError) {
    for (const inner of error.errors) {
      const found = findDatabaseOutage(inner, depth + 1);
      if (found) return found;
    }
  }
  return 'cause' in error ? findDatabaseOutage(error.cause, depth + 1) : null;
}

export const isDatabaseOutage = (error: unknown): boolean => findDatabaseOutage(error) !== null;

/** The typed error an outage becomes; the message names no host, driver or error code. */
export function databaseUnavailable(cause?: unknown): AppError {
  return new AppError(
    'SERVICE_UNAVAILABLE',
    'The service is temporarily unavailable. Please try again in a few seconds.',
    { reason: 'database_unavailable', retryAfterSeconds: RETRY_AFTER_SECONDS },
    { cause },
  );
}
