/**
 * A recruiter's job posting: one schema for the form and the procedure. Client-safe.
 */
import { z } from 'zod';
import { APPLICATION_STATUSES, CURRENCIES, JOB_STATUSES, JOB_TYPES, REMOTE_TYPES, SALARY_PERIODS } from './enums';
import { matchExplanation } from './matching';
import { jobSummary } from './jobs';

const text = (label: string, max: number, min = 1) =>
  z
    .string(`${label} is required.`)
    .trim()
    .min(min, min === 1 ? `${label} is required.` : `${label} needs at least ${min} characters.`)
    .max(max, `${label} must be at most ${max} characters.`);

// The bounds first, stopping there: 10000000000000000 is whole, only too large (zod's int() also
// refuses numbers past 2^53, and "Use whole amounts." beside the limit misled).
const money = z.coerce
  .number()
  .min(0, { error: 'Salary cannot be negative.', abort: true })
  .max(10_000_000, { error: 'At most 10,000,000.', abort: true })
  .int('Use whole amounts.');

export const jobPostFields = z
  .object({
    title: text('Title', 200),
    // Real boards publish one-line postings; the title and skills carry them. Empty is still refused.
    description: text('Description', 20_000),
    location: text('Location', 200),
    remoteType: z.enum(REMOTE_TYPES, 'Pick a work arrangement.'),
    jobType: z.enum(JOB_TYPES, 'Pick a job type.'),
    salaryMin: money.nullish().transform((v) => v ?? null),
    salaryMax: money.nullish().transform((v) => v ?? null),
    salaryCurrency: z.enum(CURRENCIES, 'Pick a currency.').default('USD'),
    salaryPeriod: z.enum(SALARY_PERIODS, 'Pick a pay period.').default('year'),
    requiredSkills: z
      .array(z.string().trim().min(1).max(100, 'A skill name is at most 100 characters.'))
      .max(40, 'At most 40 skills.')
      .default([]),
    requiredYears: z.coerce.number().min(0, 'Years cannot be negative.').max(50, 'At most 50 years.').default(0),
    applyUrl: z
      .url({ protocol: /^https?$/, message: 'Use a full http(s) address.' })
      .max(1000)
      .or(z.literal(''))
      .nullish()
      .transform((v) => (v ? v : null)),
  })
  .superRefine((v, ctx) => {
    if (v.salaryMin !== null && v.salaryMax !== null && v.salaryMax < v.salaryMin) {
      ctx.addIssue({ code: 'custom', path: ['salaryMax'], message: 'The maximum is below the minimum.' });
    }
    if ((v.salaryMin === null) !== (v.salaryMax === null)) {
      ctx.addIssue({
        code: 'custom',
        path: [v.salaryMin === null ? 'salaryMin' : 'salaryMax'],
        message: 'Give both ends of the salary range, or neither.',
      });
    }
  });
export type JobPostInput = z.input<typeof jobPostFields>;
export type JobPostFields = z.output<typeof jobPostFields>;

export const createJobInput = jobPostFields;
export const updateJobInput = z.object({ id: z.uuid('Not a valid job id.'), fields: jobPostFields });
export type UpdateJobInput = z.input<typeof updateJobInput>;
export const setJobStatusInput = z.object({ id: z.uuid('Not a valid job id.'), status: z.enum(JOB_STATUSES) });
export const recruiterJobIdInput = z.object({ id: z.uuid('Not a valid job id.') });

/** A company job as its recruiters see it: the listing plus its pipeline counts. */
export const recruiterJob = jobSummary.extend({
  status: z.enum(JOB_STATUSES),
  applicants: z.number().int().min(0),
  interviewing: z.number().int().min(0),
  offers: z.number().int().min(0),
});
/** The dashboard's jobs table: searched, filtered and paged on the server (a company may have hundreds). */
export const recruiterJobsQuery = z.object({
  q: z.string().trim().max(200, 'Search is at most 200 characters.').optional(),
  status: z.enum(JOB_STATUSES).optional(),
  remoteType: z.enum(REMOTE_TYPES).optional(),
  /** true: only jobs with at least one application; false: only those with none. */
  hasApplicants: z.boolean().optional(),
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(25),
});
export type RecruiterJobsQuery = z.input<typeof recruiterJobsQuery>;

export const recruiterJobList = z.object({
  company: z.object({ id: z.uuid(), name: z.string() }),
  jobs: z.array(recruiterJob),
  /** Jobs matching the filters, over all pages. */
  total: z.number().int().min(0),
  page: z.number().int().min(1),
  pageSize: z.number().int().min(1),
  /** All the company's jobs, whatever the filters. */
  companyTotal: z.number().int().min(0),
});
export type RecruiterJobList = z.infer<typeof recruiterJobList>;

export const recruiterJobDetail = z.object({
  id: z.uuid(),
  status: z.enum(JOB_STATUSES),
  fields: z.object({
    title: z.string(),
    description: z.string(),
    location: z.string(),
    remoteType: z.enum(REMOTE_TYPES),
    jobType: z.enum(JOB_TYPES),
    salaryMin: z.number().nullable(),
    salaryMax: z.number().nullable(),
    salaryCurrency: z.enum(CURRENCIES),
    salaryPeriod: z.enum(SALARY_PERIODS),
    requiredSkills: z.array(z.string()),
    requiredYears: z.number(),
    applyUrl: z.string().nullable(),
  }),
});
export type RecruiterJobDetail = z.infer<typeof recruiterJobDetail>;

/** Funnel of one job: how many applications reached each stage, and the median days to reach it. */
export const jobFunnel = z.object({
  jobId: z.uuid(),
  stages: z.array(
    z.object({
      stage: z.enum(['applied', 'interview', 'offer', 'accepted']),
      count: z.number().int().min(0),
      /** Share of applied that reached this stage. */
      rate: z.number().min(0).max(1),
      /** Median days from applying to reaching the stage; null when nobody reached it. */
      medianDays: z.number().nullable(),
    }),
  ),
});
export type JobFunnel = z.infer<typeof jobFunnel>;

export const candidateInput = z.object({ applicationId: z.uuid('Not a valid application id.') });

/**
 * One applicant as the hiring company sees them: what the seeker's profile shows (headline,
 * summary, roles, skills, education), the match worded about them, the document they attached,
 * and contact details, which exist only because they applied. Never their preferences, notes or
 * other applications.
 */
/** The profile a seeker shares with an application (kept as it was when they applied). */
export const sharedProfile = z.object({
  headline: z.string().nullable(),
  summary: z.string().nullable(),
  roles: z.array(
    z.object({
      title: z.string().nullable(),
      company: z.string().nullable(),
      location: z.string().nullable(),
      startDate: z.string().nullable(),
      endDate: z.string().nullable(),
      isCurrent: z.boolean(),
      description: z.string().nullable(),
    }),
  ),
  skills: z.array(z.object({ name: z.string(), proficiency: z.number().int(), years: z.number() })),
  education: z.array(
    z.object({
      institution: z.string().nullable(),
      degree: z.string().nullable(),
      fieldOfStudy: z.string().nullable(),
      endDate: z.string().nullable(),
    }),
  ),
});
export type SharedProfile = z.infer<typeof sharedProfile>;

export const candidateOutput = z.object({
  applicationId: z.uuid(),
  job: z.object({ id: z.uuid(), title: z.string() }),
  status: z.enum(APPLICATION_STATUSES),
  allowedMoves: z.array(z.enum(APPLICATION_STATUSES)),
  appliedAt: z.date().nullable(),
  name: z.string(),
  contact: z.object({ email: z.string() }).nullable(),
  ...sharedProfile.shape,
  /** When the profile shown was shared (the application's snapshot); null: the current profile. */
  profileSharedAt: z.date().nullable(),
  /** The version attached to the application (content through documents.forApplication); null: none. */
  document: z.object({ versionId: z.uuid(), kind: z.enum(['resume', 'cover_letter']) }).nullable(),
  match: matchExplanation,
  /** No skills, roles or headline: the match compares nothing of theirs. */
  emptyProfile: z.boolean(),
  degraded: z.boolean(),
});
export type CandidateOutput = z.infer<typeof candidateOutput>;

/** The company's pipeline across all its jobs: newest applications first, one page at a time. */
export const pipelineQuery = z.object({
  status: z.enum(APPLICATION_STATUSES).exclude(['saved']).optional(),
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(25),
});
export type PipelineQuery = z.input<typeof pipelineQuery>;

export const pipelineOutput = z.object({
  items: z.array(
    z.object({
      applicationId: z.uuid(),
      name: z.string(),
      headline: z.string().nullable(),
      job: z.object({ id: z.uuid(), title: z.string() }),
      status: z.enum(APPLICATION_STATUSES),
      appliedAt: z.date().nullable(),
    }),
  ),
  total: z.number().int().min(0),
  page: z.number().int().min(1),
  pageSize: z.number().int().min(1),
});
export type PipelineOutput = z.infer<typeof pipelineOutput>;
