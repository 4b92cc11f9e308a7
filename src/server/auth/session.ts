import { cookies } from 'next/headers';
import { cache } from 'react';
import type { SessionLike } from '@/server/api/trpc';
import { getDatabase } from '@/server/db';
import { getAuthSecret } from './secret';
import { readSession, sessionTokenFrom } from './session-reader';

/**
 * The signed-in user for this request (route handlers and server components), or null. The token
 * is checked against the user's current session version (session-reader.ts). Read once per
 * server render: the header and the page both ask.
 */
export const getSession = cache(async (): Promise<SessionLike | null> => {
  const jar = await cookies();
  return readSession(sessionTokenFrom(jar.getAll()), {
    secret: getAuthSecret(),
    db: async () => (await getDatabase()).db,
  });
});
