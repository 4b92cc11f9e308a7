import { meOutput, signUpInput, signUpOutput, updateProfileInput } from '@/lib/validators/users';
import { getMe } from '@/server/services/users/get-me';
import { signUp } from '@/server/services/users/sign-up';
import { updateProfile } from '@/server/services/users/update-profile';
import { RATE_LIMITS } from '@/server/services/security/rate-limits';
import { createTRPCRouter, protectedProcedure, publicProcedure, rateLimit } from '../trpc';

export const usersRouter = createTRPCRouter({
  signUp: publicProcedure
    .input(signUpInput)
    .output(signUpOutput)
    .use(rateLimit(RATE_LIMITS.signUpPerIp, (ctx) => ctx.clientIp, 'Too many accounts were created from your network.'))
    .mutation(({ ctx, input }) => signUp(ctx.db, input)),

  me: protectedProcedure.output(meOutput).query(({ ctx }) => getMe(ctx.db, ctx.actor)),

  updateProfile: protectedProcedure
    .input(updateProfileInput)
    .output(meOutput)
    .mutation(({ ctx, input }) => updateProfile(ctx.db, input, ctx.actor)),
});
