import { and, asc, eq } from 'drizzle-orm';
import { applicationRefInput, type ApplicationDetail, type ApplicationEvent } from '@/lib/validators/applications';
import type { DbOrTx } from '@/server/db';
import { applicationEvents, applications, jobs } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '../actor';
import { applicationItemColumns, toApplicationItem } from './application-columns';

/** One of the caller's applications with its notes and its timeline, oldest event first. */
export async function getApplication(db: DbOrTx, raw: { id: string }, actor: Actor): Promise<ApplicationDetail> {
  const { id } = applicationRefInput.parse(raw);
  const [row] = await db
    .select({
      ...applicationItemColumns,
      notes: applications.notes,
      sentDocumentVersionId: applications.documentVersionId,
    })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(and(eq(applications.id, id), eq(applications.userId, actor.userId)))
    .limit(1);
  if (!row) throw new AppError('NOT_FOUND', 'Application not found.');
  const events = await db
    .select({
      id: applicationEvents.id,
      from: applicationEvents.fromStatus,
      to: applicationEvents.toStatus,
      occurredAt: applicationEvents.occurredAt,
      note: applicationEvents.note,
      actorId: applicationEvents.actorId,
      metadata: applicationEvents.metadata,
    })
    .from(applicationEvents)
    .where(eq(applicationEvents.applicationId, id))
    .orderBy(asc(applicationEvents.occurredAt), asc(applicationEvents.toStatus));
  const { notes, sentDocumentVersionId, ...item } = row;
  return {
    ...toApplicationItem(item),
    notes,
    sentDocumentVersionId,
    timeline: events.map((e) => toTimelineEvent(e, actor.userId)),
  };
}

function toTimelineEvent(
  e: {
    id: string;
    from: ApplicationEvent['from'];
    to: ApplicationEvent['to'];
    occurredAt: Date;
    note: string | null;
    actorId: string | null;
    metadata: Record<string, unknown> | null;
  },
  ownerId: string,
): ApplicationEvent {
  const by =
    e.metadata?.by === 'employer' ? 'employer' : e.actorId === ownerId ? 'you' : e.actorId ? 'employer' : 'system';
  // A recruiter's note may be internal to the company; the applicant sees only their own notes.
  return { id: e.id, from: e.from, to: e.to, occurredAt: e.occurredAt, note: by === 'you' ? e.note : null, by };
}
