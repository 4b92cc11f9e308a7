import { and, desc, eq, gte, inArray, lte, min, ne } from 'drizzle-orm';
import type { ApplicationParty } from '@/lib/validators/application-status';
import type { StatusChange } from '@/lib/validators/applications';
import type { ApplicationStatus } from '@/lib/validators/enums';
import type { Transaction } from '@/server/db';
import { applicationEvents, applicationInterviews, applications } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { responseDays } from './response-time';
import { takeProfileSnapshot } from './shared-profile';
import { allowedMoves, assertTransition, EMPLOYER_RESPONSE_STATUSES, isFinalStatus } from './status-machine';

export interface Move {
  to: ApplicationStatus;
  party: ApplicationParty;
  actorId: string;
  note?: string | undefined;
  /** Defaults to now. */
  occurredAt?: Date | undefined;
}

/**
 * Moves a (locked) application to `move.to` inside the caller's transaction: checks the move,
 * updates the status and its dates, and writes the event. `response_at` is derived from the
 * events: the earliest company answer on or after applying.
 */
export async function recordTransition(
  tx: Transaction,
  /** `companyHere`: the job's company recruits here (its recruiters then record its answers). */
  app: { id: string; status: ApplicationStatus; appliedAt: Date | null; companyHere: boolean },
  move: Move,
): Promise<StatusChange> {
  const from = app.status;
  assertTransition(from, move.to, move.party, app.companyHere);
  const occurredAt = move.occurredAt ?? new Date();
  if (move.occurredAt) await assertAfterPreviousChange(tx, app.id, occurredAt);
  if (move.to === 'interview_completed' && move.party === 'seeker') await assertInterviewBegun(tx, app.id, occurredAt);

  const appliedAt = move.to === 'applied' ? occurredAt : app.appliedAt;
  const [updated] = await tx
    .update(applications)
    .set({
      status: move.to,
      appliedAt,
      // A closed application needs no follow-up, and must not send a reminder later.
      ...(isFinalStatus(move.to) ? { followUpDate: null } : {}),
      // Applying shares the profile as it is now (the seeker marks it applied themselves).
      ...(move.to === 'applied' && move.party === 'seeker'
        ? { profileSnapshot: await takeProfileSnapshot(tx, move.actorId, occurredAt) }
        : {}),
    })
    .where(and(eq(applications.id, app.id), eq(applications.status, from)))
    .returning({ id: applications.id });
  // The row is locked by the caller, so this only fails if a caller forgot the lock.
  if (!updated) throw new AppError('CONFLICT', 'This application changed meanwhile. Reload and try again.');

  await tx.insert(applicationEvents).values({
    applicationId: app.id,
    fromStatus: from,
    toStatus: move.to,
    actorId: move.actorId,
    note: move.note ?? null,
    metadata: { by: move.party },
    occurredAt,
  });

  const responseAt = appliedAt ? await deriveResponseAt(tx, app.id, appliedAt) : null;
  return {
    applicationId: app.id,
    from,
    to: move.to,
    occurredAt,
    appliedAt,
    responseAt,
    responseDays: responseDays(appliedAt, responseAt),
    allowedNext: allowedMoves(move.to, move.party, app.companyHere),
  };
}

/** Stores and returns the first company answer on or after `appliedAt`, from the events. */
async function deriveResponseAt(tx: Transaction, applicationId: string, appliedAt: Date): Promise<Date | null> {
  const [first] = await tx
    .select({ at: min(applicationEvents.occurredAt) })
    .from(applicationEvents)
    .where(
      and(
        eq(applicationEvents.applicationId, applicationId),
        inArray(applicationEvents.toStatus, [...EMPLOYER_RESPONSE_STATUSES]),
        gte(applicationEvents.occurredAt, appliedAt),
      ),
    );
  const responseAt = first?.at ?? null;
  await tx.update(applications).set({ responseAt }).where(eq(applications.id, applicationId));
  return responseAt;
}

/**
 * A back-dated change must not land before the previous one, or the timeline would disagree
 * with the current status. The bookmark is exempt: people often save a job after applying.
 */
async function assertAfterPreviousChange(tx: Transaction, applicationId: string, occurredAt: Date): Promise<void> {
  const [last] = await tx
    .select({ at: applicationEvents.occurredAt })
    .from(applicationEvents)
    .where(and(eq(applicationEvents.applicationId, applicationId), ne(applicationEvents.toStatus, 'saved')))
    .orderBy(desc(applicationEvents.occurredAt))
    .limit(1);
  if (last && occurredAt < last.at) {
    const previous = last.at.toISOString().slice(0, 10);
    throw new AppError('VALIDATION_ERROR', `This change cannot be dated before the previous one (${previous}).`, {
      fields: { occurredAt: [`Pick ${previous} or later.`] },
    });
  }
}

/**
 * "Interview completed" while every interview date the seeker recorded is still ahead is a slip
 * (the wrong card dragged, or a date never updated): refused, so the timeline
 * and the interview calendar agree. With no date recorded there is nothing to check. Only the
 * seeker's own move: the company cannot see their interview notes, and must not learn a date
 * from an error.
 */
async function assertInterviewBegun(tx: Transaction, applicationId: string, occurredAt: Date): Promise<void> {
  const interviews = eq(applicationInterviews.applicationId, applicationId);
  const [begun] = await tx
    .select({ id: applicationInterviews.id })
    .from(applicationInterviews)
    .where(and(interviews, lte(applicationInterviews.startsAt, occurredAt)))
    .limit(1);
  if (begun) return;
  const [ahead] = await tx
    .select({ id: applicationInterviews.id })
    .from(applicationInterviews)
    .where(interviews)
    .limit(1);
  if (!ahead) return;
  // No date in the words: the server does not know the reader's time zone (the page shows it).
  throw new AppError(
    'VALIDATION_ERROR',
    "This application's interview is still ahead: mark it completed once it has taken place, or change its date under Interviews on the application's page.",
  );
}
