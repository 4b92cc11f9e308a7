import type { DbOrTx } from '@/server/db';
import { notifications } from '@/server/db/schema';

/** The in-app notice that a document is ready, once per request however often the step retries. */
export async function notifyDocumentReady(
  db: DbOrTx,
  input: { userId: string; requestId: string; versionId: string; kind: 'resume' | 'cover_letter'; jobTitle: string; company: string },
): Promise<void> {
  const what = input.kind === 'resume' ? 'resume' : 'cover letter';
  await db
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
}
