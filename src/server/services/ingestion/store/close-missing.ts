import { sql } from 'drizzle-orm';
import type { DbOrTx } from '@/server/db';
import { rowsOf } from '@/server/db/rows';

/**
 * After a COMPLETE sync: the source's open jobs that the feed no longer lists are closed, never
 * deleted (applications keep their job and history). Duplicates that pointed at a closed job are
 * released so the posting stays visible through its other source. Returns both id lists.
 */
export async function closeMissingJobs(
  db: DbOrTx,
  source: string,
  seenExternalIds: readonly string[],
): Promise<{ closed: string[]; released: string[] }> {
  const closed = rowsOf<{ id: string }>(
    await db.execute(sql`
      UPDATE jobs SET status = 'closed', updated_at = now()
      WHERE source = ${source} AND status = 'open'
        AND external_id NOT IN (SELECT jsonb_array_elements_text(${JSON.stringify(seenExternalIds)}::jsonb))
      RETURNING id`),
  ).map((r) => r.id);
  if (closed.length === 0) return { closed, released: [] };
  const released = rowsOf<{ id: string }>(
    await db.execute(sql`
      UPDATE jobs SET duplicate_of = NULL, updated_at = now()
      WHERE duplicate_of IN (SELECT jsonb_array_elements_text(${JSON.stringify(closed)}::jsonb)::uuid)
      RETURNING id`),
  ).map((r) => r.id);
  return { closed, released };
}
