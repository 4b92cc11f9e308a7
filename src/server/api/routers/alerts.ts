import { z } from 'zod';
import { ALERT_FREQUENCIES } from '@/lib/validators/enums';
import {
  createSavedSearchInput,
  savedSearchIdInput,
  savedSearchOutput,
  unsubscribeTokenInput,
  updateSavedSearchInput,
} from '@/lib/validators/alerts';
import { createSavedSearch } from '@/server/services/alerts/create-saved-search';
import { defaultAlertFrequency } from '@/server/services/alerts/default-frequency';
import { deleteSavedSearch } from '@/server/services/alerts/delete-saved-search';
import { listSavedSearches } from '@/server/services/alerts/list-saved-searches';
import { updateSavedSearch } from '@/server/services/alerts/update-saved-search';
import { unsubscribeTarget } from '@/server/services/alerts/unsubscribe';
import { getAuthSecret } from '@/server/auth/secret';
import { createTRPCRouter, protectedProcedure, publicProcedure } from '../trpc';

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

  /**
   * The unsubscribe page, signed out: the saved search a mailed link names, so the page can say which
   * alerts it turns off. Only the holder of the signed link learns the name; null for any other token.
   */
  unsubscribeTarget: publicProcedure
    .input(unsubscribeTokenInput)
    .output(z.object({ name: z.string(), alertsOn: z.boolean() }).nullable())
    .query(async ({ ctx, input }) => {
      const target = await unsubscribeTarget(ctx.db, getAuthSecret(), input.token);
      return target && { name: target.name, alertsOn: target.frequency !== 'off' };
    }),
});
