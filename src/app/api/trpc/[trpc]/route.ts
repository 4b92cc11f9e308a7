import { TRPCError } from '@trpc/server';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { appRouter } from '@/server/api/root';
import { withCappedBody } from '@/server/api/body-limit';
import { bodyLimitFor, callShape, payloadTooLarge, refuseEarly } from '@/server/api/request-limits';
import { isCrossSiteWrite } from '@/server/api/same-origin';
import {
  isShareableSearchAnswer,
  keepSearchAnswer,
  keptSearchAnswer,
  searchAnswerKey,
} from '@/server/api/search-answers';
import { createTRPCContext } from '@/server/api/trpc';
import { hasSessionCookie, requestSession } from '@/server/auth/request-session';
import { getSession } from '@/server/auth/session';
import { getDatabase, type Database } from '@/server/db';
import { logger } from '@/server/logger';
import { trackRequest } from '@/server/workflows/request-activity';
import { requestIdFrom } from '@/server/observability/request-id';
import { databaseUnavailable, RETRY_AFTER_SECONDS } from '@/server/services/health/database-outage';
import { databaseAnswers } from '@/server/services/health/probe-database';
import { clientIpFrom, retryAfterSecondsOf } from '@/server/services/security/rate-limits';

export const dynamic = 'force-dynamic';

const ENDPOINT = '/api/trpc';

/**
 * Outages and rate limits tell clients (and load balancers) when to come back; see
 * services/health/database-outage.ts and services/security/rate-limits.ts. A batch can carry both:
 * the longer wait wins, since retrying sooner would only be refused again.
 * A body refused for its size keeps the connection open on purpose: closing it while the client
 * is still sending made clients miss the 413 (EPIPE before the answer, seen through next start).
 */
function responseMeta({ errors }: { errors: TRPCError[] }) {
  const outage = errors.some((e) => e.code === 'SERVICE_UNAVAILABLE') ? RETRY_AFTER_SECONDS : null;
  const limited = retryAfterSecondsOf(errors.filter((e) => e.code === 'TOO_MANY_REQUESTS'));
  const waits = [outage, limited].filter((s): s is number => s !== null);
  return waits.length > 0 ? { headers: { 'retry-after': String(Math.ceil(Math.max(...waits))) } } : {};
}

/** The 503 every call of the request answers (services/health/database-outage.ts says why). */
function unavailable(cause?: unknown): TRPCError {
  const error = databaseUnavailable(cause);
  return new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: error.message, cause: error });
}

/** The process database, or the 503 while it cannot be opened. */
async function openDatabase(): Promise<Database | TRPCError> {
  try {
    return (await getDatabase()).db;
  } catch (err) {
    logger.warn({ err: err instanceof Error ? err.message : String(err) }, 'database cannot be opened: answered 503');
    return unavailable(err);
  }
}

/**
 * next-auth re-reads the user on every use of the session token, so during an outage a signed-in
 * caller arrives with a cookie but no session. Answering that with "please sign in" would send
 * them to the sign-in page: when the database does not answer, it is an outage like any other.
 */
async function outageBehindMissingSession(req: Request, db: Database): Promise<TRPCError | null> {
  if (!hasSessionCookie(req.headers.get('cookie'))) return null;
  return (await databaseAnswers(db)) ? null : unavailable();
}

/**
 * Every answer names its request id (the caller's sane X-Request-Id, or a new one): the id in
 * the log lines, the span and a 500's "Reference:", so a report can be matched to them.
 */
async function handler(req: Request) {
  const requestId = requestIdFrom(req.headers.get('x-request-id'));
  const res = await trackRequest(() => answer(req, requestId));
  res.headers.set('x-request-id', requestId);
  return res;
}

async function answer(req: Request, requestId: string): Promise<Response> {
  if (isCrossSiteWrite(req)) {
    // tRPC's error shape, so clients read it like any other refusal.
    return Response.json(
      {
        error: {
          json: {
            message: 'Requests from other sites are refused.',
            code: -32003,
            data: { code: 'FORBIDDEN', httpStatus: 403 },
          },
        },
      },
      { status: 403 },
    );
  }
  // Read only with a session cookie (request-session.ts); a check the outage failed is a 503.
  const { session, databaseDown } = await requestSession(req.headers.get('cookie'), getSession);
  const url = new URL(req.url);
  const shape = callShape(url, ENDPOINT);
  const limit = bodyLimitFor(shape, session !== null);
  // Refusals are thrown from createContext: tRPC then answers every call (of a batch too) in its
  // own error shape, without reading the body.
  const refusal = refuseEarly(req, shape, limit);
  let db = refusal ? refusal : databaseDown ? unavailable() : await openDatabase();
  if (session === null && !(db instanceof Error)) db = (await outageBehindMissingSession(req, db)) ?? db;
  // A search answered before is sent again whole, to anyone (search-answers.ts says when).
  const answerKey = db instanceof Error ? null : await searchAnswerKey(req, url, ENDPOINT);
  const kept = answerKey === null ? null : keptSearchAnswer(answerKey);
  if (kept) return kept;
  let shareable = false;
  const res = await fetchRequestHandler({
    endpoint: ENDPOINT,
    req: refusal ? req : withCappedBody(req, limit, () => payloadTooLarge(limit)),
    router: appRouter,
    responseMeta: (meta) => {
      shareable = answerKey !== null && isShareableSearchAnswer(meta);
      return responseMeta(meta);
    },
    createContext: () => {
      if (db instanceof Error) throw db;
      return createTRPCContext({ db, session, requestId, clientIp: clientIpFrom(req.headers) });
    },
  });
  return shareable && answerKey !== null ? keepSearchAnswer(answerKey, res) : res;
}

export { handler as GET, handler as POST };
