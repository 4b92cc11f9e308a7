import { and, asc, eq, inArray } from 'drizzle-orm';
import {
  addInterviewInput,
  applicationRef,
  interviewRef,
  type AddInterviewInput,
  type Interview,
} from '@/lib/validators/application-tracking';
import type { DbOrTx } from '@/server/db';
import { applicationInterviews, applications } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '../actor';
import { assertOwnApplication } from './own-application';

/** The most interviews one application keeps: a loop of rounds, not a calendar. */
export const MAX_INTERVIEWS = 30;

const columns = {
  id: applicationInterviews.id,
  applicationId: applicationInterviews.applicationId,
  startsAt: applicationInterviews.startsAt,
  durationMinutes: applicationInterviews.durationMinutes,
  location: applicationInterviews.location,
  link: applicationInterviews.link,
  notes: applicationInterviews.notes,
};

/** The caller's interviews for one of their applications, soonest first. */
export async function listInterviews(db: DbOrTx, raw: { applicationId: string }, actor: Actor): Promise<Interview[]> {
  const { applicationId } = applicationRef.parse(raw);
  await assertOwnApplication(db, applicationId, actor);
  return db
    .select(columns)
    .from(applicationInterviews)
    .where(eq(applicationInterviews.applicationId, applicationId))
    .orderBy(asc(applicationInterviews.startsAt), asc(applicationInterviews.id));
}

export async function addInterview(db: DbOrTx, raw: AddInterviewInput, actor: Actor): Promise<Interview> {
  const input = addInterviewInput.parse(raw);
  await assertOwnApplication(db, input.applicationId, actor);
  const existing = await db
    .select({ id: applicationInterviews.id })
    .from(applicationInterviews)
    .where(eq(applicationInterviews.applicationId, input.applicationId))
    .limit(MAX_INTERVIEWS);
  if (existing.length >= MAX_INTERVIEWS) {
    throw new AppError('VALIDATION_ERROR', `An application keeps at most ${MAX_INTERVIEWS} interviews; remove a past one first.`);
  }
  const [row] = await db.insert(applicationInterviews).values(input).returning(columns);
  if (!row) throw new Error('insert returned no interview');
  return row;
}

/** Interview by id, only if it belongs to one of the caller's applications. */
export async function getInterview(db: DbOrTx, raw: { interviewId: string }, actor: Actor): Promise<Interview> {
  const { interviewId } = interviewRef.parse(raw);
  const [row] = await db
    .select(columns)
    .from(applicationInterviews)
    .innerJoin(applications, eq(applications.id, applicationInterviews.applicationId))
    .where(and(eq(applicationInterviews.id, interviewId), eq(applications.userId, actor.userId)))
    .limit(1);
  if (!row) throw new AppError('NOT_FOUND', 'Interview not found.');
  return row;
}

export async function removeInterview(db: DbOrTx, raw: { interviewId: string }, actor: Actor): Promise<{ id: string }> {
  const { interviewId } = interviewRef.parse(raw);
  const mine = db
    .select({ id: applications.id })
    .from(applications)
    .where(eq(applications.userId, actor.userId));
  const [row] = await db
    .delete(applicationInterviews)
    .where(and(eq(applicationInterviews.id, interviewId), inArray(applicationInterviews.applicationId, mine)))
    .returning({ id: applicationInterviews.id });
  if (!row) throw new AppError('NOT_FOUND', 'Interview not found.');
  return row;
}
