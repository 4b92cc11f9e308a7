import { z } from 'zod';
import {
  applicationDetailOutput,
  applicationListOutput,
  applicationRefInput,
  applyInput,
  changeStatusInput,
  followUpOutput,
  jobIdsInput,
  jobRefInput,
  listApplicationsInput,
  notesOutput,
  savedJobOutput,
  setFollowUpInput,
  statusChangeOutput,
  trackedStatusOutput,
  updateNotesInput,
} from '@/lib/validators/applications';
import {
  addJobByHandInput,
  addJobByHandOutput,
  editHandAddedJobInput,
  editHandAddedJobOutput,
} from '@/lib/validators/hand-added-job';
import { addJobByHand } from '@/server/services/applications/add-job-by-hand';
import { applyToJob } from '@/server/services/applications/apply-to-job';
import { editHandAddedJob } from '@/server/services/applications/edit-hand-added-job';
import { changeApplicationStatus } from '@/server/services/applications/change-status';
import { getApplication } from '@/server/services/applications/get-application';
import { listApplications } from '@/server/services/applications/list-applications';
import { listSavedJobs } from '@/server/services/applications/list-saved-jobs';
import { saveJob } from '@/server/services/applications/save-job';
import { moveApplicant } from '@/server/services/recruiter/move-applicant';
import { setFollowUpDate } from '@/server/services/applications/set-follow-up';
import { trackedStatuses } from '@/server/services/applications/tracked-statuses';
import { unsaveJob } from '@/server/services/applications/unsave-job';
import { updateApplicationNotes } from '@/server/services/applications/update-notes';
import { createTRPCRouter, protectedProcedure } from '../trpc';

/**
 * The applicant's side of application tracking. Every procedure needs a signed-in user; the
 * services scope reads and writes to the caller's own applications (changeStatus also admits a
 * recruiter of the hiring company, for the company's own moves only). Anything else is NOT_FOUND.
 */
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

  /** A job with no readable page goes on the board by hand: private to the caller. Rate limited. */
  addByHand: protectedProcedure
    .input(addJobByHandInput)
    .output(addJobByHandOutput)
    .mutation(({ ctx, input }) => addJobByHand(ctx.db, ctx.actor, input, { rateLimiter: ctx.rateLimiter })),

  /** Corrects a job the caller added by hand; anyone else's job, or a listed one, is NOT_FOUND. */
  editHandAddedJob: protectedProcedure
    .input(editHandAddedJobInput)
    .output(editHandAddedJobOutput)
    .mutation(({ ctx, input }) => editHandAddedJob(ctx.db, ctx.actor, input)),

  // Not `apply`: tRPC reserves it (procedures are reached through a JS proxy, where apply is Function.prototype's).
  applyToJob: protectedProcedure
    .input(applyInput)
    .output(trackedStatusOutput)
    .mutation(({ ctx, input }) => applyToJob(ctx.db, input, ctx.actor)),

  // A recruiter's move here is the same as recruiter.moveApplicant: the seeker hears of it.
  changeStatus: protectedProcedure
    .input(changeStatusInput)
    .output(statusChangeOutput)
    .mutation(({ ctx, input }) =>
      ctx.actor.role === 'seeker'
        ? changeApplicationStatus(ctx.db, ctx.actor, input)
        : moveApplicant(ctx.db, ctx.actor, input, { mailer: ctx.mailer, appUrl: ctx.appUrl }),
    ),

  updateNotes: protectedProcedure
    .input(updateNotesInput)
    .output(notesOutput)
    .mutation(({ ctx, input }) => updateApplicationNotes(ctx.db, input, ctx.actor)),

  setFollowUp: protectedProcedure
    .input(setFollowUpInput)
    .output(followUpOutput)
    .mutation(({ ctx, input }) => setFollowUpDate(ctx.db, input, ctx.actor)),

  list: protectedProcedure
    .input(listApplicationsInput)
    .output(applicationListOutput)
    .query(({ ctx, input }) => listApplications(ctx.db, ctx.actor.userId, input)),

  byId: protectedProcedure
    .input(applicationRefInput)
    .output(applicationDetailOutput)
    .query(({ ctx, input }) => getApplication(ctx.db, input, ctx.actor)),
});
