import { eventType } from 'inngest';
import { z } from 'zod';

/** Every event the app sends, with its payload schema. No transforms: Inngest validates these as-is. */
export const userSignedUp = eventType('user/signed-up', {
  schema: z.object({ userId: z.uuid(), firstName: z.string().min(1) }),
});

/** A seeker's profile changed (skills, experience, education, preferences, import): rescore them. */
export const profileChanged = eventType('profile/changed', {
  schema: z.object({ userId: z.uuid() }),
});

/** Jobs were created, edited, closed or reopened: re-embed and rescore them. */
export const jobsChanged = eventType('jobs/changed', {
  schema: z.object({ jobIds: z.array(z.uuid()).min(1).max(1000) }),
});

/** A seeker's applications changed: refresh their analytics cache. */
export const applicationsChanged = eventType('applications/changed', {
  schema: z.object({ userId: z.uuid() }),
});

/**
 * Run one job source once: sent by the ingestion cron for each due source (slot = the schedule slot)
 * and by the admin's "run now" (slot = manual:<runId>, runId already recorded).
 */
export const ingestionSourceRun = eventType('ingestion/source-run', {
  schema: z.object({
    sourceId: z.uuid(),
    runId: z.uuid().optional(),
    slot: z.string().min(1).max(100),
    hostKey: z.string().min(1).max(255),
  }),
});

/** A seeker asked for a tailored document (services/documents/generation): generate it. */
export const documentsGenerate = eventType('documents/generate', {
  schema: z.object({ requestId: z.uuid() }),
});

export const events = {
  'user/signed-up': userSignedUp,
  'profile/changed': profileChanged,
  'jobs/changed': jobsChanged,
  'applications/changed': applicationsChanged,
  'documents/generate': documentsGenerate,
  'ingestion/source-run': ingestionSourceRun,
} as const;

export type EventName = keyof typeof events;
export type EventData<N extends EventName> = z.infer<(typeof events)[N]['schema']>;
