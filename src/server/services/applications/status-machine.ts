import {
  APPLICANT_MOVES_WHERE_COMPANY_RECRUITS,
  companyAnswersHereMessage,
  illegalMoveMessage,
  notYourMoveMessage,
  sameStatusMessage,
  type ApplicationParty,
} from '@/lib/validators/application-status';
import { nextStatuses, TRANSITIONS } from '@/lib/validators/application-transitions';
import { APPLICATION_STATUSES, type ApplicationStatus } from '@/lib/validators/enums';
import { AppError } from '@/server/errors';

export { TRANSITIONS };

/** Statuses the company answers with; the first one after applying sets `response_at`. */
export const EMPLOYER_RESPONSE_STATUSES = ['interview_scheduled', 'offer_received', 'rejected'] as const;

/** Statuses with no way out; an application there needs no follow-up. */
export const FINAL_STATUSES: readonly ApplicationStatus[] = APPLICATION_STATUSES.filter(
  (s) => Object.keys(TRANSITIONS[s]).length === 0,
);

export const isFinalStatus = (status: ApplicationStatus): boolean => FINAL_STATUSES.includes(status);

export { nextStatuses };

/**
 * `companyHere`: the job's company has active recruiters here, who see this application in their
 * pipeline. The applicant then makes only their own moves (apply, withdraw, accept): the
 * company's answers are the recruiters' to record, and there is no "ghosted" to a company that
 * can still answer on the platform.
 */
const seekerMayMake = (to: ApplicationStatus, companyHere: boolean) =>
  !companyHere || APPLICANT_MOVES_WHERE_COMPANY_RECRUITS.includes(to);

/** The statuses `party` may move an application in `from` to, in pipeline order. */
export function allowedMoves(
  from: ApplicationStatus,
  party: ApplicationParty,
  companyHere: boolean,
): ApplicationStatus[] {
  return APPLICATION_STATUSES.filter(
    (to) => (TRANSITIONS[from][to]?.includes(party) ?? false) && (party !== 'seeker' || seekerMayMake(to, companyHere)),
  );
}

/**
 * Throws unless `party` may move an application from `from` to `to`. A move that is illegal for
 * everyone is a CONFLICT with the current state (often: someone else moved it first); a legal
 * move reserved for the other party is FORBIDDEN.
 */
export function assertTransition(
  from: ApplicationStatus,
  to: ApplicationStatus,
  party: ApplicationParty,
  companyHere: boolean,
): void {
  if (from === to) throw new AppError('CONFLICT', sameStatusMessage(from), { reason: 'same_status', from, to });
  const parties = TRANSITIONS[from][to];
  if (!parties) {
    const final = isFinalStatus(from);
    const reason = final ? 'final_status' : 'illegal_transition';
    // The applicant is offered only their own moves, as the board lists them.
    const next = party === 'seeker' ? allowedMoves(from, party, companyHere) : nextStatuses(from);
    throw new AppError('CONFLICT', illegalMoveMessage(from, to, next, final), { reason, from, to });
  }
  if (!parties.includes(party)) {
    throw new AppError('FORBIDDEN', notYourMoveMessage(from, to, party), { reason: 'not_your_move', from, to });
  }
  if (party === 'seeker' && !seekerMayMake(to, companyHere)) {
    throw new AppError('FORBIDDEN', companyAnswersHereMessage(to), { reason: 'company_answers_here', from, to });
  }
}
