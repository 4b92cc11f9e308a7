import { and, eq, isNotNull, lte, notExists, notInArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/server/db';
import { applications, jobs, notifications } from '@/server/db/schema';
import { FINAL_STATUSES } from './status-machine';

const BATCH = 500;
/** A run stops after this many batches; the next scheduled run picks up the rest. */
const MAX_BATCHES = 40;

/** One reminder per application and follow-up day: moving the date later earns a new one. */
const dedupeKeySql = sql<string>`'follow-up:' || ${applications.id}::text || ':' || to_char(${applications.followUpDate}, 'YYYY-MM-DD')`;

export const followUpDedupeKey = (applicationId: string, followUpDate: string) =>
  `follow-up:${applicationId}:${followUpDate}`;

/**
 * Creates a notification for every open application whose follow-up day has come (the UTC date
 * of `now`), once: the dedupe key makes a retried or repeated run create nothing new. For a
 * scheduled workflow; returns how many reminders it created.
 */
export async function createDueFollowUpReminders(db: DbOrTx, now: Date): Promise<{ created: number }> {
  const today = now.toISOString().slice(0, 10);
  let created = 0;
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const due = await db
      .select({
        id: applications.id,
        userId: applications.userId,
        followUpDate: applications.followUpDate,
        title: jobs.title,
        companyName: jobs.companyName,
      })
      .from(applications)
      .innerJoin(jobs, eq(jobs.id, applications.jobId))
      .where(
        and(
          isNotNull(applications.followUpDate),
          lte(applications.followUpDate, today),
          notInArray(applications.status, [...FINAL_STATUSES]),
          notExists(
            db
              .select({ one: sql`1` })
              .from(notifications)
              .where(and(eq(notifications.userId, applications.userId), eq(notifications.dedupeKey, dedupeKeySql))),
          ),
        ),
      )
      .limit(BATCH);
    if (due.length === 0) break;
    const inserted = await db
      .insert(notifications)
      .values(
        due.map((a) => ({
          userId: a.userId,
          type: 'application_update' as const,
          title: truncate(`Follow up: ${a.title} at ${a.companyName}`, 200),
          body: `You planned to follow up on this application on ${a.followUpDate ?? today}.`,
          link: `/applications/${a.id}`,
          dedupeKey: followUpDedupeKey(a.id, a.followUpDate ?? today),
        })),
      )
      // A concurrent run may have got there first; its reminder stands.
      .onConflictDoNothing({ target: [notifications.userId, notifications.dedupeKey] })
      .returning({ id: notifications.id });
    created += inserted.length;
    if (due.length < BATCH) break;
  }
  return { created };
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
