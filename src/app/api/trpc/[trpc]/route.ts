import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { appRouter } from '@/server/api/root';
import { isCrossSiteWrite } from '@/server/api/same-origin';
import { createTRPCContext } from '@/server/api/trpc';
import { getSession } from '@/server/auth/session';
import { getDatabase } from '@/server/db';
import { clientIpFrom } from '@/server/services/security/rate-limits';

export const dynamic = 'force-dynamic';

async function handler(req: Request) {
  if (isCrossSiteWrite(req)) {
    // tRPC's error shape, so clients read it like any other refusal.
    return Response.json(
      { error: { json: { message: 'Requests from other sites are refused.', code: -32003, data: { code: 'FORBIDDEN', httpStatus: 403 } } } },
      { status: 403 },
    );
  }
  const [{ db }, session] = await Promise.all([getDatabase(), getSession()]);
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req,
    router: appRouter,
    createContext: () =>
      createTRPCContext({ db, session, requestId: req.headers.get('x-request-id'), clientIp: clientIpFrom(req.headers) }),
  });
}

export { handler as GET, handler as POST };
