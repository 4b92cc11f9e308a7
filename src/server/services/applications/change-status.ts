import { changeStatusInput, type ChangeStatusInput, type StatusChange } from '@/lib/validators/applications';
import type { Database, DbOrTx } from '@/server/db';
import { dispatch } from '@/server/workflows/dispatch';
import type { Actor } from '../actor';
import { lockApplicationFor } from './lock-application';
import { recordTransition } from './record-transition';
import { tellCompanyOfApplicantMove } from './tell-company';

/**
 * Moves an application along the pipeline, for the applicant or for a recruiter of the hiring
 * company (each may make only their own moves; see status-machine.ts). Anyone else gets
 * NOT_FOUND and nothing is written.
 */
export async function changeApplicationStatus(
  db: Database,
  actor: Actor,
  raw: ChangeStatusInput,
  /** Written in the move's own transaction (a notice of it): both are kept, or neither. */
  alongside?: (tx: DbOrTx, change: StatusChange) => Promise<void>,
): Promise<StatusChange> {
  const input = changeStatusInput.parse(raw);
  const { change, ownerId } = await db.transaction(async (tx) => {
    const app = await lockApplicationFor(tx, input.applicationId, actor);
    const change = await recordTransition(tx, app, {
      to: input.to,
      party: app.party,
      actorId: actor.userId,
      note: input.note,
      occurredAt: input.occurredAt,
    });
    // The company hears of the applicant's own moves (its own are not news to it).
    if (app.party === 'seeker' && app.companyHere) await tellCompanyOfApplicantMove(tx, change);
    await alongside?.(tx, change);
    return { change, ownerId: app.userId };
  });
  await dispatch(db, 'applications/changed', { userId: ownerId });
  return change;
}
