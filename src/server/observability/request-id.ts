import { randomUUID } from 'node:crypto';

/** What a client or proxy may send as X-Request-Id: short, and safe to print in a log line. */
const SANE_REQUEST_ID = /^[\w-]{1,100}$/;

/**
 * The request's id for logs, traces and error references: the caller's X-Request-Id when it is
 * sane (a proxy's id ties our lines to its own), else a fresh one. Anything else is replaced,
 * not cleaned: a forged id with newlines or markup must not reach a log line.
 */
export function requestIdFrom(header: string | null | undefined): string {
  return header && SANE_REQUEST_ID.test(header) ? header : randomUUID();
}
