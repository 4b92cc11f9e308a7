import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/server/db';
import { documentGenerationRequests, notifications } from '@/server/db/schema';
import { lockDocumentsOf } from '../lock-documents';

/**
 * The in-app notice that a document is ready, once per request however often the step retries.
 * None when the document was deleted meanwhile (its delete removes the request): the notice would
 * open "Not found". The user's document lock orders this after a running delete.
 */
export async function notifyDocumentReady(
  db: DbOrTx,
  input: { userId: string; requestId: string; versionId: string; kind: 'resume' | 'cover_letter'; jobTitle: string; company: string },
): Promise<void> {
  const what = input.kind === 'resume' ? 'resume' : 'cover letter';
  await db.transaction(async (tx) => {
    await lockDocumentsOf(tx, input.userId);
    const [request] = await tx
      .select({ id: documentGenerationRequests.id })
      .from(documentGenerationRequests)
      .where(eq(documentGenerationRequests.id, input.requestId));
    if (!request) return;
    await tx
      .insert(notifications)
      .values({
        userId: input.userId,
        type: 'system',
        title: `Your ${what} for ${input.jobTitle} is ready`.slice(0, 200),
        body: `Your tailored ${what} for ${input.jobTitle} at ${input.company} is ready to review, edit and download.`,
        link: `/documents/${input.versionId}`,
        dedupeKey: `document:${input.requestId}`,
      })
      .onConflictDoNothing({ target: [notifications.userId, notifications.dedupeKey] });
  });
}
