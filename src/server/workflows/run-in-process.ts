import { setTimeout as sleep } from 'node:timers/promises';
import { NonRetriableError } from 'inngest';
import type { EventData, EventName } from '~/inngest/events';
import type { Workflow, WorkflowDeps, WorkflowStep } from '~/inngest/workflow';

export interface InProcessOptions {
  /** Base delay between attempts; doubles each retry. */
  backoffMs?: number;
}

/**
 * Runs a workflow the way Inngest would, inside this process: steps in order,
 * completed steps memoized across attempts, the whole run retried with
 * exponential backoff up to `workflow.retries` times.
 */
export async function runWorkflowInProcess<N extends EventName, R>(
  workflow: Workflow<N, R>,
  data: EventData<N>,
  deps: WorkflowDeps,
  opts: InProcessOptions = {},
): Promise<R> {
  const memo = new Map<string, unknown>();
  const step: WorkflowStep = {
    async run<T>(id: string, fn: () => Promise<T>): Promise<T> {
      if (memo.has(id)) return memo.get(id) as T;
      // Each step starts on a fresh turn of the event loop: requests waiting behind a run's
      // CPU work (scoring, embedding) get in between its steps.
      await new Promise((resolve) => setImmediate(resolve));
      const result = await fn();
      memo.set(id, result);
      return result;
    },
    async sleep(id, durationMs) {
      if (memo.has(id)) return;
      await sleep(durationMs, undefined, { ref: false });
      memo.set(id, undefined);
    },
  };
  const backoffMs = opts.backoffMs ?? 200;
  for (let attempt = 0; ; attempt++) {
    try {
      return await workflow.handler({ event: { name: workflow.event, data }, step, deps });
    } catch (err) {
      const last = attempt >= workflow.retries || err instanceof NonRetriableError;
      deps.logger.warn({ err, workflow: workflow.id, attempt, willRetry: !last }, 'workflow attempt failed');
      if (last) throw err;
      await sleep(backoffMs * 2 ** attempt);
    }
  }
}
