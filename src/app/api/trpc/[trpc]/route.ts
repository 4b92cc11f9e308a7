import { TRPCError } from '@trpc/server';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { appRouter } from '@/server/api/root';
import { withCappedBody } from '@/server/api/body-limit';
import { bodyLimitFor, callShape, payloadTooLarge, refuseEarly } from '@/server/api/request-limits';
import { isCrossSiteWrite } from '@/server/api/same-origin';
import { createTRPCContext } from '@/server/api/trpc';
import { getSession } from '@/server/auth/session';
import { getDatabase, type Database } from '@/server/db';
import { logger } from '@/server/logger';
import { databaseUnavailable, RETRY_AFTER_SECONDS } from '@/server/services/health/database-outage';
import { clientIpFrom } from '@/server/services/security/rate-limits';

export const dynamic = 'force-dynamic';

const ENDPOINT = '/api/trpc';

/** Outages tell clients (and load balancers) when to come back; see services/health/database-outage.ts. */
function responseMeta({ errors }: { errors: TRPCError[] }) {
  return errors.some((e) => e.code === 'SERVICE_UNAVAILABLE')
    ? { headers: { 'retry-after': String(RETRY_AFTER_SECONDS) } }
    : {};
}

/** The process database, or the 503 every call of this request answers while it cannot be opened. */
async function openDatabase(): Promise<Database | TRPCError> {
  try {
    return (await getDatabase()).db;
  } catch (err) {
    logger.warn({ err: err instanceof Error ? err.message : String(err) }, 'database cannot be opened: answered 503');
    const cause = databaseUnavailable(err);
    return new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: cause.message, cause });
  }
}

async function handler(req: Request) {
  if (isCrossSiteWrite(req)) {
    // tRPC's error shape, so clients read it like any other refusal.
    return Response.json(
      { error: { json: { message: 'Requests from other sites are refused.', code: -32003, data: { code: 'FORBIDDEN', httpStatus: 403 } } } },
      { status: 403 },
    );
  }
  const session = await getSession();
  const shape = callShape(new URL(req.url), ENDPOINT);
  const limit = bodyLimitFor(shape, session !== null);
  // Refusals are thrown from createContext: tRPC then answers every call (of a batch too) in its
  // own error shape, without reading the body.
  const refusal = refuseEarly(req, shape, limit);
  const db = refusal ? refusal : await openDatabase();
  return fetchRequestHandler({
    endpoint: ENDPOINT,
    req: refusal ? req : withCappedBody(req, limit, () => payloadTooLarge(limit)),
    router: appRouter,
    responseMeta,
    createContext: () => {
      if (db instanceof Error) throw db;
      return createTRPCContext({ db, session, requestId: req.headers.get('x-request-id'), clientIp: clientIpFrom(req.headers) });
    },
  });
}

export { handler as GET, handler as POST };
