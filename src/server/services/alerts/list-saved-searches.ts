import { desc, eq } from 'drizzle-orm';
import type { SavedSearchOutput } from '@/lib/validators/alerts';
import type { DbOrTx } from '@/server/db';
import { savedSearches } from '@/server/db/schema';
import type { Actor } from '../actor';
import { savedSearchColumns, toSavedSearchOutput } from './saved-search-row';

/** The caller's saved searches, newest first (at most SAVED_SEARCHES_MAX exist). */
export async function listSavedSearches(db: DbOrTx, actor: Actor): Promise<SavedSearchOutput[]> {
  const rows = await db
    .select(savedSearchColumns)
    .from(savedSearches)
    .where(eq(savedSearches.userId, actor.userId))
    .orderBy(desc(savedSearches.createdAt), desc(savedSearches.id));
  return rows.map(toSavedSearchOutput);
}
