/**
 * Saved searches with job alerts: the search criteria a seeker keeps, how often new jobs are
 * sent to them, and an optional minimum match score. Client-safe: no server imports.
 */
import { z } from 'zod';
import { ALERT_FREQUENCIES, JOB_TYPES, REMOTE_TYPES } from './enums';
import { jobSearchInput } from './search';

export const SAVED_SEARCHES_MAX = 25;

/**
 * The search page's criteria without its paging and order: an alert is about which jobs, not
 * how one page of them was sorted. Parsed by the search validator itself, so a saved search
 * filters exactly as the search page does.
 */
export const savedSearchCriteria = jobSearchInput.omit({ sort: true, page: true, limit: true });
export type SavedSearchCriteriaInput = z.input<typeof savedSearchCriteria>;
export type SavedSearchCriteria = z.output<typeof savedSearchCriteria>;

const name = z.string().trim().min(1, 'Give the search a name.').max(120, 'Keep the name under 120 characters.');

/** In percent, as the match badges show it; null: no minimum. */
const minMatchScore = z
  .number()
  .int('Use a whole percentage.')
  .min(1, 'The minimum match is at least 1%.')
  .max(100, 'The minimum match is at most 100%.')
  .nullable();

const frequency = z.enum(ALERT_FREQUENCIES);

export const createSavedSearchInput = z.object({
  name,
  criteria: savedSearchCriteria,
  minMatchScore: minMatchScore.default(null),
  /** Omitted: the user's default for new alerts (services/alerts/default-frequency.ts). */
  frequency: frequency.optional(),
});
export type CreateSavedSearchInput = z.input<typeof createSavedSearchInput>;

const savedSearchId = z.uuid('Not a valid saved search id.');

export const updateSavedSearchInput = z
  .object({
    id: savedSearchId,
    name: name.optional(),
    criteria: savedSearchCriteria.optional(),
    minMatchScore: minMatchScore.optional(),
    frequency: frequency.optional(),
  })
  .refine((v) => Object.entries(v).some(([key, value]) => key !== 'id' && value !== undefined), {
    message: 'Nothing to change.',
  });
export type UpdateSavedSearchInput = z.input<typeof updateSavedSearchInput>;

export const savedSearchIdInput = z.object({ id: savedSearchId });

/** What the owner sees of their criteria (the parsed, normalized form). */
export const savedSearchCriteriaOutput = z.object({
  keywords: z.string().optional(),
  location: z.string().optional(),
  jobTypes: z.array(z.enum(JOB_TYPES)).optional(),
  remoteTypes: z.array(z.enum(REMOTE_TYPES)).optional(),
  salaryMin: z.number().optional(),
  includeUnknownSalary: z.boolean(),
  postedWithinDays: z.number().int().optional(),
});

export const savedSearchOutput = z.object({
  id: z.uuid(),
  name: z.string(),
  criteria: savedSearchCriteriaOutput,
  minMatchScore: z.number().int().min(1).max(100).nullable(),
  frequency,
  lastAlertedAt: z.date().nullable(),
  createdAt: z.date(),
});
export type SavedSearchOutput = z.infer<typeof savedSearchOutput>;

/** A mailed unsubscribe token: three base64url parts joined by dots (services/alerts/unsubscribe-token.ts). */
export const UNSUBSCRIBE_TOKEN = /^[\w-]{1,64}\.[\w-]{1,64}\.[\w-]{1,64}$/;
export const unsubscribeTokenInput = z.object({
  token: z.string().max(200).regex(UNSUBSCRIBE_TOKEN, 'Not an unsubscribe link.'),
});
