import { eq } from 'drizzle-orm';
import type { AlertFrequency } from '@/lib/validators/enums';
import type { DbOrTx } from '@/server/db';
import { preferences } from '@/server/db/schema';
import type { Actor } from '../actor';
import { DEFAULT_PREFERENCES } from '../profile/load-profile';

/**
 * How often a new saved search alerts unless the user picks otherwise: the "Default for new job
 * alerts" preference on the profile page, or the default that page shows before any is saved.
 * Each saved search then keeps its own frequency (the Alerts page changes it).
 */
export async function preferredAlertFrequency(db: DbOrTx, userId: string): Promise<AlertFrequency> {
  const [row] = await db
    .select({ frequency: preferences.alertFrequency })
    .from(preferences)
    .where(eq(preferences.userId, userId))
    .limit(1);
  return row?.frequency ?? DEFAULT_PREFERENCES.alertFrequency;
}

export async function defaultAlertFrequency(db: DbOrTx, actor: Actor): Promise<{ frequency: AlertFrequency }> {
  return { frequency: await preferredAlertFrequency(db, actor.userId) };
}
