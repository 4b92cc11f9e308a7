import {
  changePasswordInput,
  meOutput,
  sessionsEndedOutput,
  signUpInput,
  signUpOutput,
  unlockSignInInput,
  unlockSignInOutput,
  updateProfileInput,
} from '@/lib/validators/users';
import { changePassword } from '@/server/services/users/change-password';
import { endAllSessions } from '@/server/services/users/end-sessions';
import { getMe } from '@/server/services/users/get-me';
import { signUp } from '@/server/services/users/sign-up';
import { redeemUnlockToken } from '@/server/services/users/unlock-sign-in';
import { updateProfile } from '@/server/services/users/update-profile';
import { RATE_LIMITS } from '@/server/services/security/rate-limits';
import { createTRPCRouter, protectedProcedure, publicProcedure, rateLimit } from '../trpc';

export const usersRouter = createTRPCRouter({
  signUp: publicProcedure
    .input(signUpInput)
    .output(signUpOutput)
    .use(rateLimit(RATE_LIMITS.signUpPerIp, (ctx) => ctx.clientIp, 'Too many accounts were created from your network.'))
    // The same answer whether or not the address is registered (services/users/sign-up.ts).
    .mutation(({ ctx, input }) => signUp(ctx.db, input, { mailer: ctx.mailer, appUrl: ctx.appUrl })),

  me: protectedProcedure.output(meOutput).query(({ ctx }) => getMe(ctx.db, ctx.actor)),

  updateProfile: protectedProcedure
    .input(updateProfileInput)
    .output(meOutput)
    .mutation(({ ctx, input }) => updateProfile(ctx.db, input, ctx.actor)),

  /** Ends every session of the caller (other devices, copied tokens, and this one). */
  signOutEverywhere: protectedProcedure.output(sessionsEndedOutput).mutation(async ({ ctx }) => {
    await endAllSessions(ctx.db, ctx.actor.userId);
    return { sessionsEnded: true as const };
  }),

  /** A new password ends every session, this one included. */
  changePassword: protectedProcedure
    .input(changePasswordInput)
    .output(sessionsEndedOutput)
    .use(
      rateLimit(RATE_LIMITS.passwordChangesPerUser, (ctx) => ctx.actor?.userId ?? null, 'Too many password changes.'),
    )
    .mutation(({ ctx, input }) => changePassword(ctx.db, input, ctx.actor)),

  /** The emailed unlock link: lifts the sign-in throttles on the link's account. */
  unlockSignIn: publicProcedure
    .input(unlockSignInInput)
    .output(unlockSignInOutput)
    .use(rateLimit(RATE_LIMITS.unlockLinksPerIp, (ctx) => ctx.clientIp, 'Too many unlock attempts from your network.'))
    .mutation(async ({ ctx, input }) => {
      await redeemUnlockToken(ctx.db, input.token, new Date());
      return { unlocked: true as const };
    }),
});
