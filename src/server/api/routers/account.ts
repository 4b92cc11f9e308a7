import {
  accountDeletedOutput,
  confirmMfaInput,
  deleteAccountInput,
  disableMfaInput,
  endSessionInput,
  exportDataOutput,
  mfaDisabledOutput,
  recoveryCodesOutput,
  requestPasswordResetInput,
  requestPasswordResetOutput,
  resetPasswordInput,
  resetPasswordOutput,
  securityEventsInput,
  securityEventsOutput,
  securityOverviewOutput,
  sessionEndedOutput,
  sessionsOutput,
  startMfaInput,
  startMfaOutput,
  verificationSentOutput,
  verifyEmailInput,
  verifyEmailOutput,
  confirmEmailChangeInput,
  confirmEmailChangeOutput,
  requestEmailChangeInput,
  requestEmailChangeOutput,
} from '@/lib/validators/account';
import { deleteAccount } from '@/server/services/account/delete-account';
import { confirmEmailChange, requestEmailChange } from '@/server/services/account/email-change';
import { resendVerification, verifyEmail } from '@/server/services/account/email-verification';
import { exportAccountData } from '@/server/services/account/export-data';
import { confirmMfaEnrollment, disableMfa, startMfaEnrollment } from '@/server/services/account/mfa-enrollment';
import { requestPasswordReset, resetPassword } from '@/server/services/account/password-reset';
import { listSecurityEvents } from '@/server/services/account/security-events';
import { getSecurityOverview } from '@/server/services/account/security-overview';
import { endSession, listSessions } from '@/server/services/account/sessions';
import { RATE_LIMITS } from '@/server/services/security/rate-limits';
import { createTRPCRouter, protectedProcedure, publicProcedure, rateLimit, type TRPCContext } from '../trpc';

const byIp = (ctx: TRPCContext) => ctx.clientIp;
const byUser = (ctx: TRPCContext & { actor?: { userId: string } }) => ctx.actor?.userId ?? null;
/** Each checks the password or a code: a stolen session must not become an oracle for either. */
const accountCheck = rateLimit(RATE_LIMITS.accountChecksPerUser, byUser, 'Too many attempts.');

export const accountRouter = createTRPCRouter({
  security: protectedProcedure
    .output(securityOverviewOutput)
    .query(({ ctx }) => getSecurityOverview(ctx.db, ctx.actor)),

  /** The caller's own audit log, newest first. */
  securityEvents: protectedProcedure
    .input(securityEventsInput)
    .output(securityEventsOutput)
    .query(({ ctx, input }) => listSecurityEvents(ctx.db, input, ctx.actor)),

  resendVerification: protectedProcedure
    .output(verificationSentOutput)
    .use(rateLimit(RATE_LIMITS.verificationMailsPerUser, byUser, 'Too many verification emails.'))
    .mutation(({ ctx }) => resendVerification(ctx.db, ctx.actor, { mailer: ctx.mailer, appUrl: ctx.appUrl })),

  /** The emailed link is the authority: whoever holds a valid token may spend it. */
  verifyEmail: publicProcedure
    .input(verifyEmailInput)
    .output(verifyEmailOutput)
    .use(rateLimit(RATE_LIMITS.accountLinksPerIp, byIp, 'Too many attempts from your network.'))
    .mutation(({ ctx, input }) => verifyEmail(ctx.db, input.token)),

  /** Re-authenticates with the password, then mails a link to the new address (nothing changes before). */
  requestEmailChange: protectedProcedure
    .input(requestEmailChangeInput)
    .output(requestEmailChangeOutput)
    .use(rateLimit(RATE_LIMITS.accountChecksPerUser, byUser, 'Too many attempts.'))
    .mutation(({ ctx, input }) =>
      requestEmailChange(ctx.db, ctx.actor, input, { mailer: ctx.mailer, appUrl: ctx.appUrl }),
    ),

  /** The link mailed to the new address is the authority, as for verifyEmail. */
  confirmEmailChange: publicProcedure
    .input(confirmEmailChangeInput)
    .output(confirmEmailChangeOutput)
    .use(rateLimit(RATE_LIMITS.accountLinksPerIp, byIp, 'Too many attempts from your network.'))
    .mutation(({ ctx, input }) => confirmEmailChange(ctx.db, input)),

  requestPasswordReset: publicProcedure
    .input(requestPasswordResetInput)
    .output(requestPasswordResetOutput)
    .use(rateLimit(RATE_LIMITS.passwordResetsPerIp, byIp, 'Too many reset requests from your network.'))
    .mutation(({ ctx, input }) =>
      requestPasswordReset(ctx.db, input.email, { mailer: ctx.mailer, appUrl: ctx.appUrl, limiter: ctx.rateLimiter }),
    ),

  /** Sets a new password, ends every session and lifts sign-in throttles. */
  resetPassword: publicProcedure
    .input(resetPasswordInput)
    .output(resetPasswordOutput)
    .use(rateLimit(RATE_LIMITS.accountLinksPerIp, byIp, 'Too many attempts from your network.'))
    .mutation(({ ctx, input }) => resetPassword(ctx.db, input)),

  startMfa: protectedProcedure
    .input(startMfaInput)
    .output(startMfaOutput)
    .use(accountCheck)
    .mutation(({ ctx, input }) => startMfaEnrollment(ctx.db, input, ctx.actor)),

  /** The first code turns two-step sign-in on; the recovery codes are shown this once. */
  confirmMfa: protectedProcedure
    .input(confirmMfaInput)
    .output(recoveryCodesOutput)
    .use(accountCheck)
    .mutation(({ ctx, input }) => confirmMfaEnrollment(ctx.db, input, ctx.actor)),

  disableMfa: protectedProcedure
    .input(disableMfaInput)
    .output(mfaDisabledOutput)
    .use(accountCheck)
    .mutation(({ ctx, input }) => disableMfa(ctx.db, input, ctx.actor)),

  sessions: protectedProcedure
    .output(sessionsOutput)
    .query(({ ctx }) => listSessions(ctx.db, ctx.actor, ctx.session?.sessionId ?? null)),

  endSession: protectedProcedure
    .input(endSessionInput)
    .output(sessionEndedOutput)
    .mutation(({ ctx, input }) => endSession(ctx.db, input, ctx.actor)),

  /** "Download my data": a mutation, so that nothing prefetches or caches it. */
  exportData: protectedProcedure.output(exportDataOutput).mutation(({ ctx }) => exportAccountData(ctx.db, ctx.actor)),

  deleteAccount: protectedProcedure
    .input(deleteAccountInput)
    .output(accountDeletedOutput)
    .use(accountCheck)
    .mutation(({ ctx, input }) => deleteAccount(ctx.db, input, ctx.actor)),
});
