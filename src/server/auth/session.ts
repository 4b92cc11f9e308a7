import { getServerSession } from 'next-auth';
import type { SessionLike } from '@/server/api/trpc';
import { authOptions } from './options';

/**
 * The signed-in user for this request (route handlers and server components), or null.
 * next-auth's jwt callback has already checked the token against the user's session version.
 */
export async function getSession(): Promise<SessionLike | null> {
  const session = await getServerSession(authOptions);
  const user = session?.user;
  if (!user?.id || !user.role) return null;
  // The jwt callback read the user (and its current role) for this very request.
  return { user: { id: user.id, role: user.role }, sessionId: session?.sessionId ?? null, checkedThisRequest: true };
}
