import { and, eq } from 'drizzle-orm';
import { savedSearchIdInput } from '@/lib/validators/alerts';
import type { DbOrTx } from '@/server/db';
import { savedSearches } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '../actor';

/** Owner only; its delivery records and digests go with it (ON DELETE CASCADE). */
export async function deleteSavedSearch(db: DbOrTx, raw: { id: string }, actor: Actor): Promise<{ id: string }> {
  const { id } = savedSearchIdInput.parse(raw);
  const [row] = await db
    .delete(savedSearches)
    .where(and(eq(savedSearches.id, id), eq(savedSearches.userId, actor.userId)))
    .returning({ id: savedSearches.id });
  if (!row) throw new AppError('NOT_FOUND', 'Saved search not found.');
  return row;
}
