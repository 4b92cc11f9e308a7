import { z } from 'zod';
import {
  addSourceInput,
  ingestRunOutput,
  quarantineInput,
  quarantineOutput,
  runNowOutput,
  runsInput,
  sourceIdInput,
  sourceOutput,
  updateSourceInput,
} from '@/lib/validators/sources';
import { sharedIngestionPolicies } from '@/server/services/ingestion/http';
import {
  addSource,
  listQuarantine,
  listRuns,
  listSources,
  updateSource,
} from '@/server/services/ingestion/runs/manage-sources';
import { runSourceNow } from '@/server/services/ingestion/runs/run-now';
import { adminProcedure, createTRPCRouter } from '../trpc';

const idOutput = z.object({ id: z.uuid() });

/** Job-board sources: admins only. Tokens and page URLs are configuration, not secrets. */
export const sourcesRouter = createTRPCRouter({
  list: adminProcedure
    .output(z.array(sourceOutput))
    .query(({ ctx }) => listSources(ctx.db, (key) => sharedIngestionPolicies().circuitState(key))),

  add: adminProcedure
    .input(addSourceInput)
    .output(idOutput)
    .mutation(({ ctx, input }) => addSource(ctx.db, input)),

  update: adminProcedure
    .input(updateSourceInput)
    .output(idOutput)
    .mutation(({ ctx, input }) => updateSource(ctx.db, input)),

  runNow: adminProcedure
    .input(sourceIdInput)
    .output(runNowOutput)
    .mutation(({ ctx, input }) => runSourceNow(ctx.db, input.id)),

  runs: adminProcedure
    .input(runsInput)
    .output(z.array(ingestRunOutput))
    .query(({ ctx, input }) => listRuns(ctx.db, input)),

  quarantine: adminProcedure
    .input(quarantineInput)
    .output(z.array(quarantineOutput))
    .query(({ ctx, input }) => listQuarantine(ctx.db, input)),
});
