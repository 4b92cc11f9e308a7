import { createCaller } from '@/server/api/root';
import { createTRPCContext } from '@/server/api/trpc';
import type { Database } from '@/server/db';
import type { UserRole } from '@/lib/validators/enums';

/** A caller as an anonymous visitor, or as a signed-in user (what next-auth's session would carry). */
export function callerFor(db: Database, user?: { id: string; role: UserRole }) {
  return createCaller(createTRPCContext({ db, session: user ? { user } : null }));
}
