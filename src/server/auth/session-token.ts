/**
 * What a session JWT carries and how it is checked on every use. The JWT holds the user's id,
 * role and the session version it was issued under (`sv`); each request re-reads the user, so
 * a deleted account, a changed role or a bumped version (sign-out, password change, "sign out
 * everywhere") takes effect at once instead of when the 7-day token expires.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { JWT } from 'next-auth/jwt';
import { z } from 'zod';
import { USER_ROLES, type UserRole } from '@/lib/validators/enums';
import type { DbOrTx } from '@/server/db';
import { preparedPerDatabase } from '@/server/db/prepared-query';
import { users, userSessions } from '@/server/db/schema';
import { noteSessionSeen } from '@/server/services/account/sessions';

export interface SessionUser {
  id: string;
  role: UserRole;
  sessionVersion: number;
}

/** Thrown by the jwt callback: next-auth then clears the cookie and answers "no session". */
export class SessionRevokedError extends Error {
  constructor() {
    super('Session revoked or expired.');
    this.name = 'SessionRevokedError';
  }
}

/** Tokens issued before versions existed carry none: they count as version 0, the column's default. */
export const tokenVersion = (token: JWT): number =>
  typeof token.sv === 'number' && Number.isInteger(token.sv) ? token.sv : 0;

export const claimsFor = (user: SessionUser & { sessionId?: string }): Pick<JWT, 'sub' | 'role' | 'sv' | 'sid'> => ({
  sub: user.id,
  role: user.role,
  sv: user.sessionVersion,
  ...(user.sessionId ? { sid: user.sessionId } : {}),
});

const isRole = (v: unknown): v is UserRole => typeof v === 'string' && (USER_ROLES as readonly string[]).includes(v);

/** The user and the token's session row: one round trip, on every signed-in request. */
const userWithSession = preparedPerDatabase((db) =>
  db
    .select({
      id: users.id,
      role: users.role,
      sessionVersion: users.sessionVersion,
      lastSeenAt: userSessions.lastSeenAt,
    })
    .from(users)
    .leftJoin(userSessions, and(eq(userSessions.id, sql.placeholder('sessionId')), eq(userSessions.userId, users.id)))
    .where(eq(users.id, sql.placeholder('userId')))
    .limit(1)
    .prepare('user_with_session'),
);

/** The token's user as the database has it now, or null when the token no longer stands. */
export async function liveSessionUser(db: DbOrTx, token: JWT): Promise<SessionUser | null> {
  // A malformed id is a dead token, not a database error.
  if (!z.uuid().safeParse(token.sub).success || !isRole(token.role)) return null;
  const userId = token.sub as string;
  const columns = { id: users.id, role: users.role, sessionVersion: users.sessionVersion };
  // Tokens issued before sessions were recorded carry no id and stand until the session version
  // moves on.
  if (token.sid === undefined) {
    const [user] = await db.select(columns).from(users).where(eq(users.id, userId)).limit(1);
    return user && user.sessionVersion === tokenVersion(token) ? user : null;
  }
  if (!z.uuid().safeParse(token.sid).success) return null;
  const sessionId = token.sid;
  const [row] = await userWithSession(db).execute({ sessionId, userId });
  if (!row || row.sessionVersion !== tokenVersion(token)) return null;
  // One session ended from the account page: its row is gone.
  if (!row.lastSeenAt) return null;
  await noteSessionSeen(db, sessionId, row.lastSeenAt);
  return { id: row.id, role: row.role, sessionVersion: row.sessionVersion };
}
