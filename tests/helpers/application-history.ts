/**
 * Application histories written straight into the database for the analytics tests: each
 * application with its full event trail, and match scores.
 */
import type { ApplicationStatus } from '@/lib/validators/enums';
import type { Database } from '@/server/db';
import { applicationEvents, applications, jobMatchScores } from '@/server/db/schema';

export const DAY = 86_400_000;

export type Step = [status: ApplicationStatus, daysAfterApplying: number];

/** An application with its full event history; response_at is left empty on purpose (analytics reads events). */
export async function track(db: Database, userId: string, jobId: string, appliedAt: Date, steps: Step[] = []) {
  const last = steps.at(-1)?.[0] ?? 'applied';
  const [app] = await db
    .insert(applications)
    .values({ userId, jobId, status: last, appliedAt, source: 'test' })
    .returning({ id: applications.id });
  if (!app) throw new Error('no application');
  let from: ApplicationStatus = 'applied';
  const events = [
    { applicationId: app.id, fromStatus: null, toStatus: 'applied' as const, actorId: userId, occurredAt: appliedAt },
  ];
  for (const [to, days] of steps) {
    events.push({
      applicationId: app.id,
      fromStatus: from as never,
      toStatus: to as never,
      actorId: userId,
      occurredAt: new Date(appliedAt.getTime() + days * DAY),
    });
    from = to;
  }
  await db.insert(applicationEvents).values(events);
  return app.id;
}

export async function score(db: Database, userId: string, jobId: string, composite: number) {
  await db
    .insert(jobMatchScores)
    .values({ userId, jobId, semanticScore: composite, traditionalScore: composite, compositeScore: composite });
}
