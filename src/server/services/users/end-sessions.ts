/**
 * Ends a user's sessions by bumping users.session_version: session JWTs carry the version they
 * were issued under and are refused once it moves on (auth/session-token.ts). JWTs cannot be
 * recalled, so this one column is what makes sign-out, a password change and "sign out
 * everywhere" real rather than a cookie deletion in one browser.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/server/db';
import { users } from '@/server/db/schema';
import { recordSecurityEvent } from '../account/security-events';

/** Ends every session of the user; returns the new version. */
export async function endAllSessions(db: DbOrTx, userId: string): Promise<number | null> {
  const [row] = await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId))
    .returning({ sessionVersion: users.sessionVersion });
  if (row) await recordSecurityEvent(db, userId, 'sessions_ended');
  return row?.sessionVersion ?? null;
}

/**
 * Sign-out with a token still valid: ends all of the user's sessions. A token that was already
 * revoked changes nothing, so a stolen, dead token cannot be used to sign the owner out.
 */
export async function endSessionsOfLiveToken(db: DbOrTx, userId: string, tokenVersion: number): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(and(eq(users.id, userId), eq(users.sessionVersion, tokenVersion)))
    .returning({ id: users.id });
  return rows.length > 0;
}
