import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/server/db';
import { savedSearches } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { verifyUnsubscribeToken } from './unsubscribe-token';

export type UnsubscribeOutcome = 'unsubscribed' | 'already_off' | 'gone';

/**
 * The one-click unsubscribe, signed out: a token this app signed turns off the alerts of the one
 * saved search it names, owned by the user it names, and does nothing else. Anything else is
 * refused before the database is asked.
 */
export async function unsubscribeWithToken(db: DbOrTx, secret: string, token: string): Promise<UnsubscribeOutcome> {
  const claim = verifyUnsubscribeToken(secret, token);
  if (!claim) {
    throw new AppError('VALIDATION_ERROR', 'This unsubscribe link is not valid.', { reason: 'invalid_token' });
  }
  const mine = and(eq(savedSearches.id, claim.savedSearchId), eq(savedSearches.userId, claim.userId));
  const [current] = await db.select({ frequency: savedSearches.alertFrequency }).from(savedSearches).where(mine);
  if (!current) return 'gone';
  if (current.frequency === 'off') return 'already_off';
  await db.update(savedSearches).set({ alertFrequency: 'off' }).where(mine);
  return 'unsubscribed';
}

/** The saved search a valid token names, for the confirmation page; null when the token is not valid or the search is gone. */
export async function unsubscribeTarget(
  db: DbOrTx,
  secret: string,
  token: string,
): Promise<{ name: string; frequency: string } | null> {
  const claim = verifyUnsubscribeToken(secret, token);
  if (!claim) return null;
  const [row] = await db
    .select({ name: savedSearches.name, frequency: savedSearches.alertFrequency })
    .from(savedSearches)
    .where(and(eq(savedSearches.id, claim.savedSearchId), eq(savedSearches.userId, claim.userId)));
  return row ?? null;
}
