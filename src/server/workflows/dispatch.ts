import type { Database } from '@/server/db';
import { logger } from '@/server/logger';
import { observeWorkflowRun } from '@/server/observability/workflow-observer';
import { inngest, inngestConfigured } from '~/inngest/client';
import { events, type EventData, type EventName } from '~/inngest/events';
import type { Workflow } from '~/inngest/workflow';
import { Coalescer, createLimiter } from './coalesce';
import { requestsInFlight } from './request-activity';
import { runWorkflowInProcess } from './run-in-process';

const pending = new Set<Promise<unknown>>();
const coalescers = new Map<string, Coalescer>();
const started = new Map<string, number>();

/**
 * In-process runs share the request pool (10 connections) and the process's CPU: at most this
 * many at once, so that background recomputation can never hold the connections the requests
 * are waiting for; while requests are in flight, one at a time, so that a rescore does not take
 * a core from the writes (20 writers on 2 cores: p95 580 ms with two runs at once).
 */
const IN_PROCESS_RUNS_AT_ONCE = 2;
const IN_PROCESS_RUNS_WHILE_SERVING = 1;
const limit = createLimiter(() => (requestsInFlight() > 0 ? IN_PROCESS_RUNS_WHILE_SERVING : IN_PROCESS_RUNS_AT_ONCE));

function runInProcess<N extends EventName>(db: Database, workflow: Workflow<N, unknown>, payload: EventData<N>) {
  return limit(() => {
    started.set(workflow.id, (started.get(workflow.id) ?? 0) + 1);
    return observeWorkflowRun(workflow.id, () => runWorkflowInProcess(workflow, payload, { db, logger }));
  }).then(
    () => {},
    (err: unknown) => logger.error({ err, workflow: workflow.id }, 'in-process workflow failed'),
  );
}

function coalescerOf(workflowId: string, cooldownSeconds: number, delaySeconds = 0): Coalescer {
  let c = coalescers.get(workflowId);
  if (!c) coalescers.set(workflowId, (c = new Coalescer(cooldownSeconds * 1000, delaySeconds * 1000)));
  return c;
}

/**
 * The one way services start background work. Call it after the transaction
 * that produced the event has committed, with the root database (not a tx).
 * With Inngest configured the event is sent there; otherwise every workflow
 * listening for it runs in this process after the current request finishes
 * (a workflow coalesced per user folds into that user's waiting or running one).
 */
export async function dispatch<N extends EventName>(db: Database, name: N, data: EventData<N>): Promise<void> {
  const payload = events[name].schema.parse(data) as EventData<N>;
  if (inngestConfigured) {
    await inngest.send({ name, data: payload });
    return;
  }
  // Imported lazily: the workflow list imports services, which import this module.
  const { workflows } = await import('~/inngest/index');
  // The filter matches on the event name, which TypeScript cannot narrow a union of workflows by.
  const listening = (workflows as readonly { event: EventName }[]).filter(
    (w) => w.event === name,
  ) as unknown as Workflow<N, unknown>[];
  for (const workflow of listening) {
    const userId = (payload as { userId?: unknown }).userId;
    if (workflow.coalescePerUser && typeof userId === 'string') {
      const { cooldownSeconds, delaySeconds } = workflow.coalescePerUser;
      coalescerOf(workflow.id, cooldownSeconds, delaySeconds).submit(userId, () => runInProcess(db, workflow, payload));
      continue;
    }
    const run = new Promise<void>((resolve) => setImmediate(resolve)).then(() => runInProcess(db, workflow, payload));
    pending.add(run);
    void run.finally(() => pending.delete(run));
  }
}

/** Resolves when every in-process workflow started or waiting so far has finished (tests, graceful shutdown). */
export async function drainWorkflows(): Promise<void> {
  const busy = () => pending.size > 0 || [...coalescers.values()].some((c) => c.size > 0);
  while (busy()) {
    await Promise.allSettled([...pending, ...[...coalescers.values()].map((c) => c.drain())]);
  }
}

/** How many in-process runs of the workflow this process has started (coalesced events count once). */
export function inProcessRunsStarted(workflowId: string): number {
  return started.get(workflowId) ?? 0;
}
