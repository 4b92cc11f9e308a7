import type { Database } from '@/server/db';
import { logger } from '@/server/logger';
import { observeWorkflowRun } from '@/server/observability/workflow-observer';
import { inngest, inngestConfigured } from '~/inngest/client';
import { events, type EventData, type EventName } from '~/inngest/events';
import type { Workflow } from '~/inngest/workflow';
import { runWorkflowInProcess } from './run-in-process';

const pending = new Set<Promise<unknown>>();

/**
 * The one way services start background work. Call it after the transaction
 * that produced the event has committed, with the root database (not a tx).
 * With Inngest configured the event is sent there; otherwise every workflow
 * listening for it runs in this process after the current request finishes.
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
    const run = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => observeWorkflowRun(workflow.id, () => runWorkflowInProcess(workflow, payload, { db, logger })))
      .catch((err: unknown) => logger.error({ err, workflow: workflow.id }, 'in-process workflow failed'));
    pending.add(run);
    void run.finally(() => pending.delete(run));
  }
}

/** Resolves when every in-process workflow started so far has finished (tests, graceful shutdown). */
export async function drainWorkflows(): Promise<void> {
  while (pending.size > 0) await Promise.allSettled([...pending]);
}
