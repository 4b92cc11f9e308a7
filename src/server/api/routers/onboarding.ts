import { markOnboardingStepInput, onboardingOutput } from '@/lib/validators/onboarding';
import { getOnboarding } from '@/server/services/onboarding/get-onboarding';
import { dismissOnboarding, markOnboardingStep } from '@/server/services/onboarding/mark-onboarding-step';
import { createTRPCRouter, protectedProcedure } from '../trpc';

/** The caller's own first-run checklist. */
export const onboardingRouter = createTRPCRouter({
  status: protectedProcedure.output(onboardingOutput).query(({ ctx }) => getOnboarding(ctx.db, ctx.actor)),

  markStep: protectedProcedure
    .input(markOnboardingStepInput)
    .output(onboardingOutput)
    .mutation(({ ctx, input }) => markOnboardingStep(ctx.db, input, ctx.actor)),

  dismiss: protectedProcedure.output(onboardingOutput).mutation(({ ctx }) => dismissOnboarding(ctx.db, ctx.actor)),
});
