import { eq } from 'drizzle-orm';
import {
  SAVED_SEARCHES_MAX,
  createSavedSearchInput,
  type CreateSavedSearchInput,
  type SavedSearchOutput,
} from '@/lib/validators/alerts';
import type { DbOrTx } from '@/server/db';
import { savedSearches, users } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '../actor';
import { preferredAlertFrequency } from './default-frequency';
import { sameSearch } from './same-search';
import { savedSearchColumns, toSavedSearchOutput } from './saved-search-row';

/**
 * Saves a search for the caller, at most SAVED_SEARCHES_MAX each and none twice (sameSearch). The
 * user's row is locked while counting so that two saves at once cannot both take the last place
 * (nor both save one search). Without a frequency it alerts as the user's profile says new alerts
 * should.
 */
export async function createSavedSearch(
  db: DbOrTx,
  raw: CreateSavedSearchInput,
  actor: Actor,
): Promise<SavedSearchOutput> {
  const input = createSavedSearchInput.parse(raw);
  return db.transaction(async (tx) => {
    await tx.select({ id: users.id }).from(users).where(eq(users.id, actor.userId)).for('update');
    const existing = await tx
      .select({
        name: savedSearches.name,
        criteria: savedSearches.criteria,
        minMatchScore: savedSearches.minMatchScore,
      })
      .from(savedSearches)
      .where(eq(savedSearches.userId, actor.userId));
    // A different minimum match is a different alert ("analyst, 80 % and up, at once" beside a weekly "analyst").
    const twin = existing.find(
      (s) => s.minMatchScore === input.minMatchScore && sameSearch(s.criteria, input.criteria),
    );
    if (twin) throw new AppError('CONFLICT', `You already saved this search as “${twin.name}”.`);
    if (existing.length >= SAVED_SEARCHES_MAX) {
      throw new AppError(
        'CONFLICT',
        `You can keep up to ${SAVED_SEARCHES_MAX} saved searches. Delete one to save another.`,
      );
    }
    const now = new Date();
    const [row] = await tx
      .insert(savedSearches)
      .values({
        userId: actor.userId,
        name: input.name,
        criteria: input.criteria,
        minMatchScore: input.minMatchScore,
        alertFrequency: input.frequency ?? (await preferredAlertFrequency(tx, actor.userId)),
        // The cursor starts now: a new alert reports jobs from here on, not the whole backlog. The
        // same instant as the row's creation: a run, however soon, moves it on, and the list says
        // "Last checked" from then (alerts/last-checked.ts).
        createdAt: now,
        lastAlertedAt: now,
      })
      .returning(savedSearchColumns);
    if (!row) throw new AppError('INTERNAL_ERROR', 'The search could not be saved.');
    return toSavedSearchOutput(row);
  });
}
