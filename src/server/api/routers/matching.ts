import {
  applicantsForJobInput,
  applicantsForJobOutput,
  matchBadgesInput,
  matchBadgesOutput,
  matchForJobInput,
  matchForJobOutput,
  matchesForMeInput,
  matchesForMeOutput,
} from '@/lib/validators/matching';
import { matchBadges } from '@/server/services/matching/match-badges';
import { matchForJob } from '@/server/services/matching/match-for-job';
import { matchesForUser } from '@/server/services/matching/matches-for-user';
import { matchingContext } from '@/server/services/matching/matching-context';
import { rankApplicants } from '@/server/services/matching/rank-applicants';
import { createTRPCRouter, protectedProcedure, recruiterProcedure } from '../trpc';

/** Matches are personal: every procedure reads the caller's own profile, never another seeker's. */
export const matchingRouter = createTRPCRouter({
  forMe: protectedProcedure
    .input(matchesForMeInput)
    .output(matchesForMeOutput)
    .query(({ ctx, input }) => matchesForUser(matchingContext(ctx.db), ctx.actor.userId, input)),

  forJob: protectedProcedure
    .input(matchForJobInput)
    .output(matchForJobOutput)
    .query(({ ctx, input }) => matchForJob(matchingContext(ctx.db), ctx.actor.userId, input)),

  badges: protectedProcedure
    .input(matchBadgesInput)
    .output(matchBadgesOutput)
    .query(({ ctx, input }) => matchBadges(matchingContext(ctx.db), ctx.actor.userId, input)),

  /** Only a member of the job's company (or an admin): checked in the service. */
  applicantsForJob: recruiterProcedure
    .input(applicantsForJobInput)
    .output(applicantsForJobOutput)
    .query(({ ctx, input }) => rankApplicants(matchingContext(ctx.db), ctx.actor, input)),
});
