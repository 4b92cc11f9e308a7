import { z } from 'zod';
import { JOB_ROW_STATUSES, JOB_TYPES, REMOTE_TYPES, SALARY_PERIODS } from './enums';

export const paginationInput = z.object({
  page: z.number().int().min(1, 'Page starts at 1.').max(10_000, 'Page is too far.').default(1),
  limit: z.number().int().min(1).max(100, 'At most 100 per page.').default(20),
});

export const listJobsInput = paginationInput;
export type ListJobsInput = z.input<typeof listJobsInput>;

export const jobByIdInput = z.object({ id: z.uuid('Not a valid job id.') });

export const FRESHNESS = ['new', 'recent', 'older'] as const;
export type Freshness = (typeof FRESHNESS)[number];

const salary = z.object({
  min: z.number().nullable(),
  max: z.number().nullable(),
  currency: z.string().nullable(),
  period: z.enum(SALARY_PERIODS).nullable(),
  annualUsd: z.number().nullable(),
});

export const jobSummary = z.object({
  id: z.uuid(),
  title: z.string(),
  companyName: z.string(),
  location: z.string(),
  remoteType: z.enum(REMOTE_TYPES),
  jobType: z.enum(JOB_TYPES),
  salary,
  requiredSkills: z.array(z.string()),
  postedAt: z.date(),
  freshness: z.enum(FRESHNESS),
});
export type JobSummary = z.infer<typeof jobSummary>;

export const jobDetail = jobSummary.extend({
  description: z.string(),
  requiredYears: z.number(),
  status: z.enum(JOB_ROW_STATUSES),
  source: z.string(),
  applyUrl: z.string().nullable(),
  /**
   * Where the posting is published: this job's source and every cross-source copy linked to it
   * (ingestion's duplicate_of), the original first. Source keys are named in words (job-source.ts).
   */
  postedOn: z.array(z.object({ label: z.string(), applyUrl: z.string().nullable() })),
  /** The standardized (O*NET) occupation inferred from the posting; null until inferred. */
  occupation: z.object({ code: z.string(), title: z.string() }).nullable(),
  company: z
    .object({
      id: z.uuid(),
      name: z.string(),
      industry: z.string().nullable(),
      size: z.string().nullable(),
      website: z.string().nullable(),
      /**
       * The company has active recruiters here: recording an application to this job shares the
       * seeker's profile and email with them, which the job page says before it does.
       */
      recruitsHere: z.boolean(),
    })
    .nullable(),
});
export type JobDetail = z.infer<typeof jobDetail>;

export const paginated = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    page: z.number().int(),
    limit: z.number().int(),
    total: z.number().int(),
    totalPages: z.number().int(),
  });

export const jobListOutput = paginated(jobSummary);
export type JobListOutput = z.infer<typeof jobListOutput>;
