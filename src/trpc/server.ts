import 'server-only';
import { headers } from 'next/headers';
import { cache } from 'react';
import { createCaller } from '@/server/api/root';
import { createTRPCContext } from '@/server/api/trpc';
import { getSession } from '@/server/auth/session';
import { getDatabase } from '@/server/db';

/** Server components call procedures directly: same validation, auth and output schemas as HTTP. */
export const getServerApi = cache(async () => {
  const [{ db }, session, h] = await Promise.all([getDatabase(), getSession(), headers()]);
  return createCaller(createTRPCContext({ db, session, requestId: h.get('x-request-id') }));
});
