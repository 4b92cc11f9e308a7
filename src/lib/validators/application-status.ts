/**
 * Names and messages for application statuses, shared by the status machine (server) and the
 * board (client), so an illegal drop the board refuses reads exactly like the server's refusal.
 * The rules themselves live in src/server/services/applications/status-machine.ts.
 */
import type { ApplicationStatus } from './enums';

export const APPLICATION_STATUS_LABEL: Record<ApplicationStatus, string> = {
  saved: 'Saved',
  applied: 'Applied',
  interview_scheduled: 'Interview scheduled',
  interview_completed: 'Interview completed',
  offer_received: 'Offer received',
  accepted: 'Accepted',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  ghosted: 'Ghosted',
};

/** Who made a move: the applicant (self-reported) or someone acting for the hiring company. */
/**
 * Statuses with no way out (the status machine in services/applications has no move from them;
 * a test there keeps the two in step). The browser asks before moving an application into one.
 */
export const FINAL_APPLICATION_STATUSES: readonly ApplicationStatus[] = ['accepted', 'rejected', 'withdrawn'];

/** "Acme's", but "Northline Biosciences'": a name ending in s takes the apostrophe alone. */
export const possessive = (name: string) => (/s$/i.test(name.trim()) ? `${name.trim()}'` : `${name.trim()}'s`);

/** What applying to a job of a company that recruits here shares: said before it is sent. */
export function sharedWithCompanyNotice(companyName: string): string {
  return `${possessive(companyName)} recruiters on GiveMeJobs will see this application, your profile and your email address.`;
}

/** The question asked before a final move. */
export function finalMoveQuestion(title: string, to: ApplicationStatus): string {
  return `Move “${title}” to ${APPLICATION_STATUS_LABEL[to]}? This is final: the application cannot be moved again.`;
}

export const APPLICATION_PARTIES = ['seeker', 'employer'] as const;
export type ApplicationParty = (typeof APPLICATION_PARTIES)[number];

const label = (s: ApplicationStatus) => APPLICATION_STATUS_LABEL[s];

export function sameStatusMessage(status: ApplicationStatus): string {
  return `This application is already ${label(status)}.`;
}

/** `next` is every status the reader may move it to from `from`; `final`: `from` has no way out. */
export function illegalMoveMessage(
  from: ApplicationStatus,
  to: ApplicationStatus,
  next: readonly ApplicationStatus[],
  final = next.length === 0,
) {
  const base = `Cannot move an application from ${label(from)} to ${label(to)}`;
  if (final) return `${base}: ${label(from)} is final.`;
  if (next.length === 0) return `${base}.`;
  return `${base}. From ${label(from)} it can move to: ${next.map(label).join(', ')}.`;
}

/**
 * Where the hiring company recruits here, its recruiters record its answers (interviews, offers,
 * rejections) and the applicant makes only these moves. Both see one pipeline, so a seeker's own
 * guess ("Offer received", "Ghosted") would move the company's applicant too.
 */
export const APPLICANT_MOVES_WHERE_COMPANY_RECRUITS: readonly ApplicationStatus[] = [
  'applied',
  'withdrawn',
  'accepted',
];

/**
 * Whether the hiring company's recruiters, not the applicant, move this application on: it has
 * been sent to a company that recruits here and is not closed.
 */
export function companyAnswersHere(status: ApplicationStatus, recruitsHere: boolean): boolean {
  return recruitsHere && status !== 'saved' && !FINAL_APPLICATION_STATUSES.includes(status);
}

/** Why an applicant cannot make a move that the hiring company, recruiting here, makes. */
export function companyAnswersHereMessage(to: ApplicationStatus): string {
  if (to === 'ghosted') {
    return 'The hiring company recruits on GiveMeJobs, so its answer will show here when it comes: this application cannot be marked Ghosted. Withdraw it if you have given up on it.';
  }
  return `The hiring company recruits on GiveMeJobs: its recruiters move this application to ${label(to)}, and your board follows.`;
}

export function notYourMoveMessage(from: ApplicationStatus, to: ApplicationStatus, party: ApplicationParty): string {
  const who = party === 'employer' ? 'the applicant' : 'the hiring company';
  return `Only ${who} can move an application from ${label(from)} to ${label(to)}.`;
}
