import { z } from 'zod';
import {
  addContactInput,
  addInterviewInput,
  applicationRef,
  contactOutput,
  contactRef,
  interviewOutput,
  interviewRef,
  removedOutput,
} from '@/lib/validators/application-tracking';
import { addContact, listContacts, removeContact } from '@/server/services/application-tracking/contacts';
import { addInterview, listInterviews, removeInterview } from '@/server/services/application-tracking/interviews';
import { createTRPCRouter, protectedProcedure } from '../trpc';

/**
 * Interviews and contacts on the caller's own applications. The services check that the
 * application (or the record's application) is the caller's; anything else is NOT_FOUND.
 */
export const applicationTrackingRouter = createTRPCRouter({
  interviews: protectedProcedure
    .input(applicationRef)
    .output(z.array(interviewOutput))
    .query(({ ctx, input }) => listInterviews(ctx.db, input, ctx.actor)),

  addInterview: protectedProcedure
    .input(addInterviewInput)
    .output(interviewOutput)
    .mutation(({ ctx, input }) => addInterview(ctx.db, input, ctx.actor)),

  removeInterview: protectedProcedure
    .input(interviewRef)
    .output(removedOutput)
    .mutation(({ ctx, input }) => removeInterview(ctx.db, input, ctx.actor)),

  contacts: protectedProcedure
    .input(applicationRef)
    .output(z.array(contactOutput))
    .query(({ ctx, input }) => listContacts(ctx.db, input, ctx.actor)),

  addContact: protectedProcedure
    .input(addContactInput)
    .output(contactOutput)
    .mutation(({ ctx, input }) => addContact(ctx.db, input, ctx.actor)),

  removeContact: protectedProcedure
    .input(contactRef)
    .output(removedOutput)
    .mutation(({ ctx, input }) => removeContact(ctx.db, input, ctx.actor)),
});
