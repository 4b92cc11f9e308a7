import { and, eq } from 'drizzle-orm';
import { updateNotesInput, type UpdateNotesInput } from '@/lib/validators/applications';
import type { Database } from '@/server/db';
import { applications } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { dispatch } from '@/server/workflows/dispatch';
import type { Actor } from '../actor';

/** The applicant's private notes on an application; an empty text clears them. */
export async function updateApplicationNotes(
  db: Database,
  raw: UpdateNotesInput,
  actor: Actor,
): Promise<{ applicationId: string; notes: string | null }> {
  const input = updateNotesInput.parse(raw);
  const [row] = await db
    .update(applications)
    .set({ notes: input.notes })
    .where(and(eq(applications.id, input.applicationId), eq(applications.userId, actor.userId)))
    .returning({ applicationId: applications.id, notes: applications.notes });
  if (!row) throw new AppError('NOT_FOUND', 'Application not found.');
  await dispatch(db, 'applications/changed', { userId: actor.userId });
  return row;
}
