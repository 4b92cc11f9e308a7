import { jobByIdInput, jobDetail, jobListOutput, listJobsInput } from '@/lib/validators/jobs';
import { getJob } from '@/server/services/jobs/get-job';
import { listJobs } from '@/server/services/jobs/list-jobs';
import { createTRPCRouter, publicProcedure } from '../trpc';

/** Job listings are public: anyone may browse before signing up. */
export const jobsRouter = createTRPCRouter({
  list: publicProcedure
    .input(listJobsInput)
    .output(jobListOutput)
    .query(({ ctx, input }) => listJobs(ctx.db, input)),

  byId: publicProcedure
    .input(jobByIdInput)
    .output(jobDetail)
    .query(({ ctx, input }) => getJob(ctx.db, input)),
});
