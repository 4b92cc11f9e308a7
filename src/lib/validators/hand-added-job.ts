/**
 * A job added to the board by hand (title, company, and what else the seeker knows): one schema
 * for the form and the procedure. Client-safe.
 */
import { z } from 'zod';
import { JOB_TYPES, REMOTE_TYPES } from './enums';
import { httpUrl } from './sources';

const text = (label: string, max: number) =>
  z
    .string(`${label} is required.`)
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} must be at most ${max} characters.`);

/** An optional text field: empty or blank means not given. */
const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max.toLocaleString('en-US')} characters.`)
    .nullish()
    .transform((v) => (v ? v : null));

/** Where on the board it starts: bookmarked, or already applied to (today). */
export const HAND_ADDED_STAGES = ['saved', 'applied'] as const;

/** What the seeker says about the job: given when adding it, changed later on its page. */
const handJobFields = {
  title: text('Job title', 200),
  companyName: text('Company', 200),
  applyUrl: httpUrl
    .or(z.literal(''))
    .nullish()
    .transform((v) => (v ? v : null)),
  location: optionalText('Location', 200),
  remoteType: z.enum(REMOTE_TYPES, 'Pick a work arrangement.').default('onsite'),
  jobType: z.enum(JOB_TYPES, 'Pick a job type.').default('full-time'),
  description: optionalText('Description', 20_000),
};

export const addJobByHandInput = z.object({
  ...handJobFields,
  stage: z.enum(HAND_ADDED_STAGES, 'Pick where it goes on your board.').default('saved'),
});
export type AddJobByHandInput = z.input<typeof addJobByHandInput>;

export const addJobByHandOutput = z.object({
  jobId: z.uuid(),
  applicationId: z.uuid(),
  status: z.enum(HAND_ADDED_STAGES),
});
export type AddJobByHandOutput = z.infer<typeof addJobByHandOutput>;

export const editHandAddedJobInput = z.object({ jobId: z.uuid('Not a valid job id.'), ...handJobFields });
export type EditHandAddedJobInput = z.input<typeof editHandAddedJobInput>;
export const editHandAddedJobOutput = z.object({ jobId: z.uuid() });
