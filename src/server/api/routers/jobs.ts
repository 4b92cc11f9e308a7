import { jobByIdInput, jobDetail, jobListOutput, listJobsInput } from '@/lib/validators/jobs';
import { jobSearchInput, jobSearchOutput } from '@/lib/validators/search';
import { getCache } from '@/server/adapters/cache';
import { getJob } from '@/server/services/jobs/get-job';
import { listJobs } from '@/server/services/jobs/list-jobs';
import { searchJobs } from '@/server/services/jobs/search/search-jobs';
import { addJobByUrlInput, addJobByUrlOutput } from '@/lib/validators/sources';
import { addJobByUrl } from '@/server/services/ingestion/add-job-by-url';
import { createTRPCRouter, protectedProcedure, publicProcedure } from '../trpc';

/** Job listings are public: anyone may browse and search before signing up. */
export const jobsRouter = createTRPCRouter({
  list: publicProcedure
    .input(listJobsInput)
    .output(jobListOutput)
    .query(({ ctx, input }) => listJobs(ctx.db, input)),

  // The context carries no cache yet: the process-wide one, created from the environment.
  search: publicProcedure
    .input(jobSearchInput)
    .output(jobSearchOutput)
    .query(({ ctx, input }) => searchJobs(ctx.db, input, { cache: getCache(), matchUserId: ctx.session?.user.id })),

  byId: publicProcedure
    .input(jobByIdInput)
    .output(jobDetail)
    .query(({ ctx, input }) => getJob(ctx.db, input, ctx.session?.user.id ?? null)),

  /** A signed-in seeker adds a posting from its web address; answers the job to open. Rate limited per user. */
  addByUrl: protectedProcedure
    .input(addJobByUrlInput)
    .output(addJobByUrlOutput)
    .mutation(({ ctx, input }) => addJobByUrl(ctx.db, ctx.actor, input, { rateLimiter: ctx.rateLimiter })),
});
