import { z } from 'zod';
import { ALERT_FREQUENCIES } from '@/lib/validators/enums';
import {
  createSavedSearchInput,
  savedSearchIdInput,
  savedSearchOutput,
  updateSavedSearchInput,
} from '@/lib/validators/alerts';
import { createSavedSearch } from '@/server/services/alerts/create-saved-search';
import { defaultAlertFrequency } from '@/server/services/alerts/default-frequency';
import { deleteSavedSearch } from '@/server/services/alerts/delete-saved-search';
import { listSavedSearches } from '@/server/services/alerts/list-saved-searches';
import { updateSavedSearch } from '@/server/services/alerts/update-saved-search';
import { createTRPCRouter, protectedProcedure } from '../trpc';

/** Saved searches and their job alerts; each caller sees and changes only their own. */
export const alertsRouter = createTRPCRouter({
  list: protectedProcedure.output(z.array(savedSearchOutput)).query(({ ctx }) => listSavedSearches(ctx.db, ctx.actor)),

  /** What the "Save this search" form starts from: the profile's default for new alerts. */
  defaultFrequency: protectedProcedure
    .output(z.object({ frequency: z.enum(ALERT_FREQUENCIES) }))
    .query(({ ctx }) => defaultAlertFrequency(ctx.db, ctx.actor)),

  create: protectedProcedure
    .input(createSavedSearchInput)
    .output(savedSearchOutput)
    .mutation(({ ctx, input }) => createSavedSearch(ctx.db, input, ctx.actor)),

  update: protectedProcedure
    .input(updateSavedSearchInput)
    .output(savedSearchOutput)
    .mutation(({ ctx, input }) => updateSavedSearch(ctx.db, input, ctx.actor)),

  delete: protectedProcedure
    .input(savedSearchIdInput)
    .output(z.object({ id: z.uuid() }))
    .mutation(({ ctx, input }) => deleteSavedSearch(ctx.db, input, ctx.actor)),
});
