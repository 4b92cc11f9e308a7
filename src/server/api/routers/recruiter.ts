import { z } from 'zod';
import { changeStatusInput, statusChangeOutput } from '@/lib/validators/applications';
import { applicantsForJobOutput } from '@/lib/validators/matching';
import {
  candidateInput,
  candidateOutput,
  createJobInput,
  jobFunnel as jobFunnelOutput,
  recruiterJobDetail,
  recruiterJobIdInput,
  recruiterJobList,
  recruiterJobsQuery,
  pipelineOutput,
  pipelineQuery,
  setJobStatusInput,
  updateJobInput,
} from '@/lib/validators/recruiter';
import { matchingContext } from '@/server/services/matching/matching-context';
import { rankApplicants } from '@/server/services/matching/rank-applicants';
import { getCandidate } from '@/server/services/recruiter/get-candidate';
import { jobFunnel } from '@/server/services/recruiter/job-funnel';
import { listPipeline } from '@/server/services/recruiter/list-pipeline';
import { listCompanyJobs } from '@/server/services/recruiter/list-company-jobs';
import { createJob, getJobForEditing, setJobStatus, updateJob } from '@/server/services/recruiter/manage-jobs';
import { moveApplicant } from '@/server/services/recruiter/move-applicant';
import { createTRPCRouter, recruiterProcedure } from '../trpc';

const jobRef = z.object({ id: z.uuid() });

/** Recruiters act only on their own company's jobs and applicants: every service checks membership. */
export const recruiterRouter = createTRPCRouter({
  /** One page of the company's jobs, searched and filtered on the server. */
  jobs: recruiterProcedure
    .input(recruiterJobsQuery.optional())
    .output(recruiterJobList)
    .query(({ ctx, input }) => listCompanyJobs(ctx.db, ctx.actor, input)),

  job: recruiterProcedure
    .input(recruiterJobIdInput)
    .output(recruiterJobDetail)
    .query(({ ctx, input }) => getJobForEditing(ctx.db, ctx.actor, input.id)),

  createJob: recruiterProcedure
    .input(createJobInput)
    .output(jobRef)
    .mutation(({ ctx, input }) => createJob(ctx.db, ctx.actor, input)),

  updateJob: recruiterProcedure
    .input(updateJobInput)
    .output(jobRef)
    .mutation(({ ctx, input }) => updateJob(ctx.db, ctx.actor, input)),

  setJobStatus: recruiterProcedure
    .input(setJobStatusInput)
    .output(setJobStatusInput)
    .mutation(({ ctx, input }) => setJobStatus(ctx.db, ctx.actor, input)),

  funnel: recruiterProcedure
    .input(recruiterJobIdInput)
    .output(jobFunnelOutput)
    .query(({ ctx, input }) => jobFunnel(ctx.db, ctx.actor, input.id)),

  /** Applicants ranked by match, with the same explanation the seekers see. */
  applicants: recruiterProcedure
    .input(recruiterJobIdInput)
    .output(applicantsForJobOutput)
    .query(({ ctx, input }) => rankApplicants(matchingContext(ctx.db), ctx.actor, { jobId: input.id })),

  /** Applications to all the company's jobs, newest first (the candidates page). */
  pipeline: recruiterProcedure
    .input(pipelineQuery.optional())
    .output(pipelineOutput)
    .query(({ ctx, input }) => listPipeline(ctx.db, ctx.actor, input)),

  /** One applicant: shared profile, contact details (they applied), attached document, match. */
  candidate: recruiterProcedure
    .input(candidateInput)
    .output(candidateOutput)
    .query(({ ctx, input }) => getCandidate(matchingContext(ctx.db), ctx.actor, input)),

  /**
   * Moves an applicant to the next stage; the seeker sees it on their board (same application row),
   * gets an in-app notice, and a mail when their address is verified.
   */
  moveApplicant: recruiterProcedure
    .input(changeStatusInput)
    .output(statusChangeOutput)
    .mutation(({ ctx, input }) =>
      moveApplicant(ctx.db, ctx.actor, input, { mailer: ctx.mailer, appUrl: ctx.appUrl }),
    ),
});
