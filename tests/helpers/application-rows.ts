/**
 * An application as the pipeline tests read it back: its row and its events, oldest first; and
 * one made the way a seeker makes it (signed up, applied through the procedure).
 */
import { eq } from 'drizzle-orm';
import type { Database } from '@/server/db';
import { applicationEvents, applications } from '@/server/db/schema';
import { callerFor } from './callers';
import { signUpUser } from './factories';
import { insertJob } from './jobs';

const DAY = 86_400_000;

export const eventsOf = (db: Database, applicationId: string) =>
  db
    .select()
    .from(applicationEvents)
    .where(eq(applicationEvents.applicationId, applicationId))
    .orderBy(applicationEvents.occurredAt);

export const rowOf = async (db: Database, applicationId: string) =>
  (await db.select().from(applications).where(eq(applications.id, applicationId)))[0];

/** A new seeker's application to a new job (of `companyId`, if given), dated `appliedDaysAgo`. */
export async function appliedApplication(db: Database, opts: { appliedDaysAgo?: number; companyId?: string } = {}) {
  const seeker = await signUpUser(db);
  const job = await insertJob(db, { source: 'greenhouse', companyId: opts.companyId ?? null });
  const api = callerFor(db, seeker).applications;
  const tracked = await api.applyToJob({
    jobId: job.id,
    occurredAt: opts.appliedDaysAgo === undefined ? undefined : new Date(Date.now() - opts.appliedDaysAgo * DAY),
  });
  return { seeker, job, api, id: tracked.applicationId };
}
