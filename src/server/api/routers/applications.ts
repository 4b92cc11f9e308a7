import { z } from 'zod';
import { jobIdsInput, jobRefInput, savedJobOutput, trackedStatusOutput } from '@/lib/validators/applications';
import { listSavedJobs } from '@/server/services/applications/list-saved-jobs';
import { saveJob } from '@/server/services/applications/save-job';
import { trackedStatuses } from '@/server/services/applications/tracked-statuses';
import { unsaveJob } from '@/server/services/applications/unsave-job';
import { createTRPCRouter, protectedProcedure } from '../trpc';

export const applicationsRouter = createTRPCRouter({
  save: protectedProcedure
    .input(jobRefInput)
    .output(trackedStatusOutput)
    .mutation(({ ctx, input }) => saveJob(ctx.db, input, ctx.actor)),

  unsave: protectedProcedure
    .input(jobRefInput)
    .output(jobRefInput)
    .mutation(({ ctx, input }) => unsaveJob(ctx.db, input, ctx.actor)),

  saved: protectedProcedure.output(z.array(savedJobOutput)).query(({ ctx }) => listSavedJobs(ctx.db, ctx.actor)),

  statusForJobs: protectedProcedure
    .input(jobIdsInput)
    .output(z.array(trackedStatusOutput))
    .query(({ ctx, input }) => trackedStatuses(ctx.db, input, ctx.actor)),
});
