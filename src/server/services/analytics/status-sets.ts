/**
 * Which statuses count as a response, an interview and an offer.
 *
 * The interview and offer sets are the design document's AnalyticsEngine sets, unchanged. Its
 * response set ({interview_scheduled, offer_received, accepted}) left out the company's other
 * answers; ours is every employer answer: the interview set plus `rejected` (a company's no,
 * whoever recorded it: the seeker withdraws with `withdrawn`, and silence is `ghosted`).
 *
 * The seed tested the current status. We test every status the application has reached (its
 * current status and every event's to_status): an application rejected after an interview
 * still had the interview. The same "reached" reading as the recruiter's funnel (job-funnel.ts).
 */
import type { ApplicationStatus } from '@/lib/validators/enums';

export const INTERVIEW_STATUSES = [
  'interview_scheduled',
  'interview_completed',
  'offer_received',
  'accepted',
] as const satisfies readonly ApplicationStatus[];

export const OFFER_STATUSES = ['offer_received', 'accepted'] as const satisfies readonly ApplicationStatus[];

export const RESPONSE_STATUSES = [...INTERVIEW_STATUSES, 'rejected'] as const satisfies readonly ApplicationStatus[];

/** The success the prediction model learns: the seed's target (an interview or an offer). */
export const SUCCESS_STATUSES = INTERVIEW_STATUSES;

/** Applications from here on count: applied or later (a bookmark is not an application). */
export const NOT_AN_APPLICATION: readonly ApplicationStatus[] = ['saved'];

export interface Outcome {
  responded: boolean;
  interviewed: boolean;
  offered: boolean;
}

/** Reads the outcome from every status an application has reached. */
export function outcomeOf(reached: Iterable<string>): Outcome {
  const set = new Set(reached);
  const any = (statuses: readonly string[]) => statuses.some((s) => set.has(s));
  return { responded: any(RESPONSE_STATUSES), interviewed: any(INTERVIEW_STATUSES), offered: any(OFFER_STATUSES) };
}
