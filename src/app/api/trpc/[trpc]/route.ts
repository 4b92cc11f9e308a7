import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { appRouter } from '@/server/api/root';
import { createTRPCContext } from '@/server/api/trpc';
import { getSession } from '@/server/auth/session';
import { getDatabase } from '@/server/db';

export const dynamic = 'force-dynamic';

async function handler(req: Request) {
  const [{ db }, session] = await Promise.all([getDatabase(), getSession()]);
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req,
    router: appRouter,
    createContext: () => createTRPCContext({ db, session, requestId: req.headers.get('x-request-id') }),
  });
}

export { handler as GET, handler as POST };
