import type { Database } from '@/server/db';
import type { Logger } from '@/server/logger';
import { inngest } from './client';
import { events, type EventData, type EventName } from './events';

/** The part of Inngest's step API our functions use; the in-process runner implements the same. */
export interface WorkflowStep {
  run<T>(id: string, fn: () => Promise<T>): Promise<T>;
  sleep(id: string, durationMs: number): Promise<void>;
}

export interface WorkflowDeps {
  db: Database;
  logger: Logger;
}

export interface WorkflowContext<N extends EventName> {
  event: { name: N; data: EventData<N> };
  step: WorkflowStep;
  deps: WorkflowDeps;
}

/**
 * A workflow that recomputes a user's derived data from the current state needs one run after
 * the last change, not one per change: runs for the same `event.data.userId` are folded together
 * (in process: workflows/coalesce.ts; on Inngest: `debounce`), at most one per `cooldownSeconds`.
 */
export interface CoalescePerUser {
  cooldownSeconds: number;
  /**
   * In process, the first run for an idle user waits this long, so the rest of a burst (save,
   * apply, move within a second) folds into it instead of waiting for a second run. Default 0.
   */
  delaySeconds?: number;
}

export interface Workflow<N extends EventName, R> {
  id: string;
  event: N;
  retries: number;
  coalescePerUser?: CoalescePerUser;
  handler: (ctx: WorkflowContext<N>) => Promise<R>;
}

export function defineWorkflow<N extends EventName, R>(def: {
  id: string;
  event: N;
  retries?: number;
  coalescePerUser?: CoalescePerUser;
  handler: (ctx: WorkflowContext<N>) => Promise<R>;
}): Workflow<N, R> {
  return { retries: 3, ...def };
}

/** Wraps a workflow as an Inngest function; `getDeps` resolves the database when Inngest calls us. */
export function toInngestFunction<N extends EventName, R>(
  workflow: Workflow<N, R>,
  getDeps: () => Promise<WorkflowDeps>,
) {
  return inngest.createFunction(
    {
      id: workflow.id,
      retries: workflow.retries as 3,
      triggers: [events[workflow.event]],
      ...(workflow.coalescePerUser
        ? {
            debounce: {
              key: 'event.data.userId',
              period: `${workflow.coalescePerUser.cooldownSeconds}s` as const,
              // A user who never stops changing things still gets a run this often.
              timeout: `${workflow.coalescePerUser.cooldownSeconds * 10}s` as const,
            },
          }
        : {}),
    },
    async ({ event, step }) => {
      const deps = await getDeps();
      const adapted: WorkflowStep = {
        // Inngest memoizes step results as JSON; our steps return JSON-safe values.
        run: <T>(id: string, fn: () => Promise<T>) => step.run(id, fn) as Promise<T>,
        sleep: (id, durationMs) => step.sleep(id, durationMs),
      };
      return workflow.handler({
        event: { name: workflow.event, data: event.data as EventData<N> },
        step: adapted,
        deps,
      });
    },
  );
}
