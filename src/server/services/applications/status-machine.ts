import {
  APPLICANT_MOVES_WHERE_COMPANY_RECRUITS,
  companyAnswersHereMessage,
  illegalMoveMessage,
  notYourMoveMessage,
  sameStatusMessage,
  type ApplicationParty,
} from '@/lib/validators/application-status';
import { APPLICATION_STATUSES, type ApplicationStatus } from '@/lib/validators/enums';
import { AppError } from '@/server/errors';

const SEEKER: readonly ApplicationParty[] = ['seeker'];
const BOTH: readonly ApplicationParty[] = ['seeker', 'employer'];

/**
 * Every legal move, and who may make it. The seeker self-reports, so they may make any legal
 * move (employers rarely tell the platform anything); the hiring company may record only its own
 * answers: interviews, offers and rejections. Withdrawing, accepting and calling an application
 * ghosted are the applicant's word alone. Where the company recruits here, its answers are its
 * own to record (see `companyHere` below).
 *
 * Rescheduling an interview is not a move: the status stays `interview_scheduled` (the database
 * also refuses an event whose from and to are equal). A further round after a completed
 * interview is `interview_completed -> interview_scheduled`.
 */
export const TRANSITIONS: Record<ApplicationStatus, Partial<Record<ApplicationStatus, readonly ApplicationParty[]>>> = {
  saved: { applied: SEEKER, withdrawn: SEEKER },
  applied: {
    interview_scheduled: BOTH,
    offer_received: BOTH,
    rejected: BOTH,
    withdrawn: SEEKER,
    ghosted: SEEKER,
  },
  interview_scheduled: { interview_completed: BOTH, rejected: BOTH, withdrawn: SEEKER, ghosted: SEEKER },
  interview_completed: {
    interview_scheduled: BOTH,
    offer_received: BOTH,
    rejected: BOTH,
    withdrawn: SEEKER,
    ghosted: SEEKER,
  },
  offer_received: { accepted: SEEKER, rejected: BOTH, withdrawn: SEEKER },
  // A late reply revives a ghosted application.
  ghosted: { interview_scheduled: BOTH, offer_received: BOTH, rejected: BOTH },
  accepted: {},
  rejected: {},
  withdrawn: {},
};

/** Statuses the company answers with; the first one after applying sets `response_at`. */
export const EMPLOYER_RESPONSE_STATUSES = ['interview_scheduled', 'offer_received', 'rejected'] as const;

/** Statuses with no way out; an application there needs no follow-up. */
export const FINAL_STATUSES: readonly ApplicationStatus[] = APPLICATION_STATUSES.filter(
  (s) => Object.keys(TRANSITIONS[s]).length === 0,
);

export const isFinalStatus = (status: ApplicationStatus): boolean => FINAL_STATUSES.includes(status);

/** Every status reachable from `from` by anyone, in pipeline order. */
export function nextStatuses(from: ApplicationStatus): ApplicationStatus[] {
  return APPLICATION_STATUSES.filter((to) => TRANSITIONS[from][to] !== undefined);
}

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
    const reason = isFinalStatus(from) ? 'final_status' : 'illegal_transition';
    throw new AppError('CONFLICT', illegalMoveMessage(from, to, nextStatuses(from)), { reason, from, to });
  }
  if (!parties.includes(party)) {
    throw new AppError('FORBIDDEN', notYourMoveMessage(from, to, party), { reason: 'not_your_move', from, to });
  }
  if (party === 'seeker' && !seekerMayMake(to, companyHere)) {
    throw new AppError('FORBIDDEN', companyAnswersHereMessage(to), { reason: 'company_answers_here', from, to });
  }
}
