/**
 * The account's signed-in sessions: a row per sign-in, its id in the session JWT (`sid`). Ending
 * one deletes its row; the per-request check (auth/session-token.ts) then refuses the token.
 * Rows of an older users.session_version are dead already ("sign out everywhere") and not listed.
 */
import { and, desc, eq, lt, ne } from 'drizzle-orm';
import type { DbOrTx } from '@/server/db';
import { users, userSessions } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '../actor';
import { recordSecurityEvent } from './security-events';

/** last_seen_at is refreshed at most this often: a write per request would cost more than it tells. */
const LAST_SEEN_RESOLUTION_MS = 5 * 60 * 1000;
/** The session JWT's lifetime (auth/build-options.ts): a row older than that, unseen, is dead. */
const SESSION_MAX_AGE_SECONDS = 60 * 60 * 24 * 7;

export async function recordSession(
  db: DbOrTx,
  s: { userId: string; sessionVersion: number; userAgent: string | null; clientAddress: string | null },
): Promise<string> {
  const [row] = await db
    .insert(userSessions)
    .values({
      userId: s.userId,
      sessionVersion: s.sessionVersion,
      userAgent: s.userAgent?.slice(0, 500) ?? null,
      clientAddress: s.clientAddress?.slice(0, 64) ?? null,
    })
    .returning({ id: userSessions.id });
  if (!row) throw new AppError('INTERNAL_ERROR', 'Session was not recorded.');
  // Keeps the table to sessions that could still be used; rare enough to cost nothing.
  if (Math.random() < 0.02) await forgetOldSessions(db, SESSION_MAX_AGE_SECONDS);
  return row.id;
}

/**
 * The per-request check (auth/session-token.ts) has read the session row's last-seen time with
 * the user: refresh it now and then.
 */
export async function noteSessionSeen(
  db: DbOrTx,
  sessionId: string,
  lastSeenAt: Date,
  now = new Date(),
): Promise<void> {
  if (now.getTime() - lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS)
    await db.update(userSessions).set({ lastSeenAt: now }).where(eq(userSessions.id, sessionId));
}

export async function listSessions(db: DbOrTx, actor: Actor, currentSessionId: string | null) {
  const [user] = await db
    .select({ sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.id, actor.userId))
    .limit(1);
  if (!user) return [];
  // Rows from before the last "sign out everywhere" can never be used again.
  await db
    .delete(userSessions)
    .where(and(eq(userSessions.userId, actor.userId), ne(userSessions.sessionVersion, user.sessionVersion)));
  const rows = await db
    .select({
      id: userSessions.id,
      createdAt: userSessions.createdAt,
      lastSeenAt: userSessions.lastSeenAt,
      userAgent: userSessions.userAgent,
      clientAddress: userSessions.clientAddress,
    })
    .from(userSessions)
    .where(eq(userSessions.userId, actor.userId))
    .orderBy(desc(userSessions.lastSeenAt))
    .limit(100);
  return rows.map((r) => ({ ...r, current: r.id === currentSessionId }));
}

/** Ends one of the caller's sessions; someone else's id is answered like an unknown one. */
export async function endSession(db: DbOrTx, input: { id: string }, actor: Actor): Promise<{ ended: true }> {
  const gone = await db
    .delete(userSessions)
    .where(and(eq(userSessions.id, input.id), eq(userSessions.userId, actor.userId)))
    .returning({ id: userSessions.id });
  if (gone.length === 0) throw new AppError('NOT_FOUND', 'No such session (it may have ended already).');
  await recordSecurityEvent(db, actor.userId, 'session_ended');
  return { ended: true };
}

/** Sessions not seen for longer than a JWT lives are dead either way. */
export async function forgetOldSessions(db: DbOrTx, maxAgeSeconds: number, now = new Date()): Promise<void> {
  await db.delete(userSessions).where(lt(userSessions.lastSeenAt, new Date(now.getTime() - maxAgeSeconds * 1000)));
}
