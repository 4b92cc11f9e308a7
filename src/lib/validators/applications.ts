import { z } from 'zod';
import { boundedIsoDate } from './dates';
import { APPLICATION_STATUSES, JOB_ROW_STATUSES } from './enums';
import { jobSummary } from './jobs';

export const jobRefInput = z.object({ jobId: z.uuid('Not a valid job id.') });
export const jobIdsInput = z.object({ jobIds: z.array(z.uuid()).max(100, 'At most 100 jobs at once.') });

export const savedJobOutput = z.object({
  applicationId: z.uuid(),
  savedAt: z.date(),
  job: jobSummary.extend({ status: z.enum(JOB_ROW_STATUSES) }),
});
export type SavedJobOutput = z.infer<typeof savedJobOutput>;

const status = z.enum(APPLICATION_STATUSES, 'Pick a status.');

export const trackedStatusOutput = z.object({
  jobId: z.uuid(),
  applicationId: z.uuid(),
  status,
});
export type TrackedStatus = z.infer<typeof trackedStatusOutput>;

// ---- shared pieces

const DAY_MS = 86_400_000;
/** Clocks disagree a little; a change stamped "now" by a fast client is not "in the future". */
const CLOCK_SKEW_MS = 5 * 60_000;
const isoDate = z.iso.date('Use a date like 2026-03-01.');
/** Refinements after the format check pass a malformed date: the format's own message says it. */
const wellFormed = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d);
/** Filter bounds: a date no one applied on (year 9999) is a typo, refused with a message. */
const filterDate = boundedIsoDate('Use a date like 2026-03-01.');

/**
 * The earliest calendar date that is still "today" somewhere (UTC-12). The server does not know
 * the user's time zone, so a follow-up "today" is accepted wherever on Earth it is still today.
 */
export function earliestToday(now = Date.now()): string {
  return new Date(now - 12 * 3_600_000).toISOString().slice(0, 10);
}

const applicationId = z.uuid('Not a valid application id.');
const note = z
  .string()
  .trim()
  .max(2000, 'Keep the note under 2,000 characters.')
  .optional()
  .transform((v) => (v ? v : undefined));
/** When the change happened, if not just now: seekers often record an application days later. */
const occurredAt = z
  .date('Not a valid date.')
  .min(new Date('2000-01-01T00:00:00Z'), 'That date is too far in the past.')
  .refine((d) => d.getTime() <= Date.now() + CLOCK_SKEW_MS, 'A change cannot be dated in the future.')
  .optional();

// ---- actions

export const applyInput = z.object({ jobId: z.uuid('Not a valid job id.'), note, occurredAt });
export type ApplyInput = z.input<typeof applyInput>;

export const changeStatusInput = z.object({ applicationId, to: status, note, occurredAt });
export type ChangeStatusInput = z.input<typeof changeStatusInput>;

export const updateNotesInput = z.object({
  applicationId,
  notes: z
    .string()
    .max(10_000, {
      error: (issue) =>
        `Notes hold at most 10,000 characters; these have ${typeof issue.input === 'string' ? issue.input.length.toLocaleString('en-US') : 'more'}.`,
    })
    .nullable()
    .transform((v) => (v && v.trim() !== '' ? v : null)),
});
export type UpdateNotesInput = z.input<typeof updateNotesInput>;

export const setFollowUpInput = z.object({
  applicationId,
  /** null or '' clears the follow-up. */
  date: isoDate
    // A malformed date ("20250-01-01" sorts before today as text) passes these: the format check
    // alone reports it.
    .refine((d) => !wellFormed(d) || d >= earliestToday(), 'Pick today or a later date.')
    .refine((d) => !wellFormed(d) || !(Date.parse(d) > Date.now() + 366 * DAY_MS), 'Pick a date within the next year.')
    .or(z.literal(''))
    .nullable()
    .transform((v) => (v ? v : null)),
});
export type SetFollowUpInput = z.input<typeof setFollowUpInput>;

export const applicationRefInput = z.object({ id: applicationId });

// ---- listing

export const APPLICATION_SORTS = ['updated', 'applied', 'company', 'title', 'status', 'followUp'] as const;
export type ApplicationSort = (typeof APPLICATION_SORTS)[number];
export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];
export const APPLICATIONS_MAX_LIMIT = 500;

export const listApplicationsInput = z
  .object({
    /** Any of these statuses; absent or empty: all. */
    status: z
      .array(status)
      .max(APPLICATION_STATUSES.length * 2)
      .optional()
      .transform((v) => (v && v.length > 0 ? [...new Set(v)] : undefined)),
    /** Case-insensitive part of the company name. */
    company: z
      .string()
      .trim()
      .max(200, 'Keep the company under 200 characters.')
      .optional()
      .transform((v) => (v ? v : undefined)),
    /** Applied on or after this day (UTC). */
    appliedFrom: filterDate.optional(),
    /** Applied on or before this day (UTC). */
    appliedTo: filterDate.optional(),
    sort: z.enum(APPLICATION_SORTS).default('updated'),
    /** Default: newest first for dates, A to Z for names, pipeline order for status. */
    dir: z.enum(SORT_DIRECTIONS).optional(),
    limit: z.number().int().min(1).max(APPLICATIONS_MAX_LIMIT, `At most ${APPLICATIONS_MAX_LIMIT}.`).default(200),
  })
  .refine((v) => !v.appliedFrom || !v.appliedTo || v.appliedFrom <= v.appliedTo, {
    message: 'The start date must be before the end date.',
    path: ['appliedTo'],
  });
export type ListApplicationsInput = z.input<typeof listApplicationsInput>;
export type ListApplicationsCriteria = z.output<typeof listApplicationsInput>;

// ---- outputs: only what the applicant may see

export const applicationItemOutput = z.object({
  id: z.uuid(),
  status,
  appliedAt: z.date().nullable(),
  /** First answer from the company after applying. */
  responseAt: z.date().nullable(),
  /** Days from applying to that answer, one decimal. */
  responseDays: z.number().nullable(),
  followUpDate: z.string().nullable(),
  hasNotes: z.boolean(),
  source: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  job: z.object({
    id: z.uuid(),
    title: z.string(),
    companyName: z.string(),
    location: z.string(),
    status: z.enum(JOB_ROW_STATUSES),
    /** The company has active recruiters here: an application to it is shared with them. */
    recruitsHere: z.boolean(),
  }),
  /** The statuses the caller may move this application to. */
  allowedNext: z.array(status),
});
export type ApplicationItem = z.infer<typeof applicationItemOutput>;

export const applicationListOutput = z.object({
  items: z.array(applicationItemOutput),
  /** All matches; more than `items.length` when the limit cut the list. */
  total: z.number().int(),
});
export type ApplicationList = z.infer<typeof applicationListOutput>;

export const APPLICATION_EVENT_AUTHORS = ['you', 'employer', 'system'] as const;
export const applicationEventOutput = z.object({
  id: z.uuid(),
  from: status.nullable(),
  to: status,
  occurredAt: z.date(),
  note: z.string().nullable(),
  by: z.enum(APPLICATION_EVENT_AUTHORS),
});
export type ApplicationEvent = z.infer<typeof applicationEventOutput>;

export const applicationDetailOutput = applicationItemOutput.extend({
  notes: z.string().nullable(),
  /** The generated document version the seeker attached as the one they sent. */
  sentDocumentVersionId: z.uuid().nullable(),
  /** Oldest first. */
  timeline: z.array(applicationEventOutput),
});
export type ApplicationDetail = z.infer<typeof applicationDetailOutput>;

/** What either party may see after a move (no notes, no follow-up: those are the applicant's). */
export const statusChangeOutput = z.object({
  applicationId: z.uuid(),
  from: status,
  to: status,
  occurredAt: z.date(),
  appliedAt: z.date().nullable(),
  responseAt: z.date().nullable(),
  responseDays: z.number().nullable(),
  allowedNext: z.array(status),
});
export type StatusChange = z.infer<typeof statusChangeOutput>;

export const notesOutput = z.object({ applicationId: z.uuid(), notes: z.string().nullable() });
export const followUpOutput = z.object({ applicationId: z.uuid(), followUpDate: z.string().nullable() });
