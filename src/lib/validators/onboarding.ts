import { z } from 'zod';

export const ONBOARDING_STEPS = ['resume', 'profile', 'preferences', 'matches'] as const;
export type OnboardingStep = (typeof ONBOARDING_STEPS)[number];

/** The steps a seeker marks by doing them in the app (the others are read from their data). */
export const markOnboardingStepInput = z.object({ step: z.enum(['profile', 'matches'], 'Not a step to mark.') });
export type MarkOnboardingStepInput = z.input<typeof markOnboardingStepInput>;

export const onboardingOutput = z.object({
  steps: z.array(z.object({ step: z.enum(ONBOARDING_STEPS), done: z.boolean() })),
  dismissed: z.boolean(),
});
export type Onboarding = z.infer<typeof onboardingOutput>;
