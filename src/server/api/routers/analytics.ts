import { overviewInput, overviewOutput, predictionInput, predictionOutput } from '@/lib/validators/analytics';
import { getAnalyticsOverview } from '@/server/services/analytics/get-overview';
import { predictSuccess } from '@/server/services/analytics/prediction/predict-success';
import { createTRPCRouter, protectedProcedure } from '../trpc';

/**
 * The signed-in seeker's own application analytics. Nothing here reads another user's rows:
 * benchmarks come back as anonymized group averages, and the prediction model only as weights.
 */
export const analyticsRouter = createTRPCRouter({
  overview: protectedProcedure
    .input(overviewInput)
    .output(overviewOutput)
    .query(({ ctx, input }) => getAnalyticsOverview(ctx.db, input, ctx.actor)),

  prediction: protectedProcedure
    .input(predictionInput)
    .output(predictionOutput)
    .query(({ ctx, input }) => predictSuccess(ctx.db, input, ctx.actor)),
});
