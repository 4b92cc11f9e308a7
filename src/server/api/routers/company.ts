import {
  acceptInvitationInput,
  approveMemberInput,
  createCompanyInput,
  invitationOutput,
  membershipOutput,
  myCompanyOutput,
  pendingMembersOutput,
} from '@/lib/validators/company';
import { approveMember, listPendingMembers } from '@/server/services/recruiter/company-approvals';
import { acceptInvitation, createInvitation } from '@/server/services/recruiter/company-invitations';
import { createCompany } from '@/server/services/recruiter/create-company';
import { myCompany } from '@/server/services/recruiter/my-company';
import { adminProcedure, createTRPCRouter, recruiterProcedure } from '../trpc';

/**
 * A recruiter's company: create one (pending until an operator approves it) or join one with a
 * colleague's invitation (active at once), before any job form.
 */
export const companyRouter = createTRPCRouter({
  mine: recruiterProcedure.output(myCompanyOutput).query(({ ctx }) => myCompany(ctx.db, ctx.actor)),

  create: recruiterProcedure
    .input(createCompanyInput)
    .output(membershipOutput)
    .mutation(({ ctx, input }) => createCompany(ctx.db, ctx.actor, input)),

  /** A single-use link for a colleague, valid 7 days; active members only. */
  createInvitation: recruiterProcedure
    .output(invitationOutput)
    .mutation(({ ctx }) => createInvitation(ctx.db, ctx.actor)),

  acceptInvitation: recruiterProcedure
    .input(acceptInvitationInput)
    .output(membershipOutput)
    .mutation(({ ctx, input }) => acceptInvitation(ctx.db, ctx.actor, input)),

  pending: adminProcedure.output(pendingMembersOutput).query(({ ctx }) => listPendingMembers(ctx.db)),

  approve: adminProcedure
    .input(approveMemberInput)
    .output(membershipOutput)
    .mutation(({ ctx, input }) => approveMember(ctx.db, input)),
});
