import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/server/db';
import { notifications } from '@/server/db/schema';

const DEDUPE_KEY = 'welcome';

/** Creates the welcome notification once per user, however often the workflow retries. */
export async function createWelcomeNotification(
  db: DbOrTx,
  input: { userId: string; firstName: string },
): Promise<{ id: string; created: boolean }> {
  const [row] = await db
    .insert(notifications)
    .values({
      userId: input.userId,
      type: 'welcome',
      title: `Welcome to GiveMeJobs, ${input.firstName}!`,
      body: 'Start by adding your skills and experience, then browse jobs that fit you.',
      link: '/me',
      dedupeKey: DEDUPE_KEY,
    })
    .onConflictDoNothing({ target: [notifications.userId, notifications.dedupeKey] })
    .returning({ id: notifications.id });
  if (row) return { id: row.id, created: true };
  const [existing] = await db
    .select({ id: notifications.id })
    .from(notifications)
    .where(and(eq(notifications.userId, input.userId), eq(notifications.dedupeKey, DEDUPE_KEY)))
    .limit(1);
  if (!existing) throw new Error('welcome notification neither inserted nor found');
  return { id: existing.id, created: false };
}
