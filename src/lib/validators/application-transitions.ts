/**
 * The application status machine's table, shared by the server (which enforces it, with who may
 * move where: src/server/services/applications/status-machine.ts) and the board (which words a
 * refused drop as the server would).
 */
import type { ApplicationParty } from './application-status';
import { APPLICATION_STATUSES, type ApplicationStatus } from './enums';

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

/** Every status reachable from `from` by anyone, in pipeline order. */
export function nextStatuses(from: ApplicationStatus): ApplicationStatus[] {
  return APPLICATION_STATUSES.filter((to) => TRANSITIONS[from][to] !== undefined);
}
