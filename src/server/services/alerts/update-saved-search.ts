import { and, eq } from 'drizzle-orm';
import { updateSavedSearchInput, type SavedSearchOutput, type UpdateSavedSearchInput } from '@/lib/validators/alerts';
import type { DbOrTx } from '@/server/db';
import { savedSearches } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '../actor';
import { savedSearchColumns, toSavedSearchOutput } from './saved-search-row';

const NOT_FOUND = 'Saved search not found.';

/** Owner only: someone else's saved search answers NOT_FOUND, as if it did not exist. */
export async function updateSavedSearch(
  db: DbOrTx,
  raw: UpdateSavedSearchInput,
  actor: Actor,
): Promise<SavedSearchOutput> {
  const input = updateSavedSearchInput.parse(raw);
  return db.transaction(async (tx) => {
    const mine = and(eq(savedSearches.id, input.id), eq(savedSearches.userId, actor.userId));
    const [current] = await tx
      .select({ frequency: savedSearches.alertFrequency })
      .from(savedSearches)
      .where(mine)
      .for('update');
    if (!current) throw new AppError('NOT_FOUND', NOT_FOUND);
    // Alerts switched back on report jobs from now on, not everything since they were turned off.
    const restarting = input.frequency !== undefined && input.frequency !== 'off' && current.frequency === 'off';
    const [row] = await tx
      .update(savedSearches)
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.criteria !== undefined ? { criteria: input.criteria } : {}),
        ...(input.minMatchScore !== undefined ? { minMatchScore: input.minMatchScore } : {}),
        ...(input.frequency !== undefined ? { alertFrequency: input.frequency } : {}),
        ...(restarting ? { lastAlertedAt: new Date() } : {}),
      })
      .where(mine)
      .returning(savedSearchColumns);
    if (!row) throw new AppError('NOT_FOUND', NOT_FOUND);
    return toSavedSearchOutput(row);
  });
}
