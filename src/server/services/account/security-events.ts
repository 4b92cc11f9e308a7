/**
 * The account's audit log: sign-ins and their failures, two-step sign-in turned on or off, a
 * recovery code spent, password changes and resets, email verification, data exports and ended
 * sessions. Written by the service where each happens; the owner reads it on the account page.
 */
import { desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/server/db';
import { securityEvents, users, type SecurityEventType } from '@/server/db/schema';
import type { Actor } from '../actor';
import { UNKNOWN_ADDRESS } from '../security/client-address';

export const SECURITY_EVENTS_PAGE_SIZE = 20;

export async function recordSecurityEvent(
  db: DbOrTx,
  userId: string,
  type: SecurityEventType,
  clientAddress: string | null = null,
): Promise<void> {
  await db.insert(securityEvents).values({
    userId,
    type,
    clientAddress: clientAddress === UNKNOWN_ADDRESS ? null : clientAddress,
  });
}

/** A failed sign-in is logged for the account it names, when there is one. */
export async function recordFailedSignIn(db: DbOrTx, email: string, clientAddress: string | null): Promise<void> {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  if (user) await recordSecurityEvent(db, user.id, 'sign_in_failed', clientAddress);
}

/** The caller's events, newest first, a page at a time. */
export async function listSecurityEvents(db: DbOrTx, input: { page: number }, actor: Actor) {
  const rows = await db
    .select({
      id: securityEvents.id,
      type: securityEvents.type,
      occurredAt: securityEvents.occurredAt,
      clientAddress: securityEvents.clientAddress,
    })
    .from(securityEvents)
    .where(eq(securityEvents.userId, actor.userId))
    .orderBy(desc(securityEvents.occurredAt), desc(securityEvents.id))
    .limit(SECURITY_EVENTS_PAGE_SIZE + 1)
    .offset((input.page - 1) * SECURITY_EVENTS_PAGE_SIZE);
  return {
    items: rows.slice(0, SECURITY_EVENTS_PAGE_SIZE),
    page: input.page,
    hasMore: rows.length > SECURITY_EVENTS_PAGE_SIZE,
  };
}
