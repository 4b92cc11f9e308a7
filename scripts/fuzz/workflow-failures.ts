/**
 * Background work a call started (rescoring, notifications) runs after the answer, so its
 * failures never reach the caller: the dispatcher only logs them ("in-process workflow failed").
 * The fuzz listens on that log line, so an input that breaks a workflow fails the run like a 500.
 */
import { logger } from '@/server/logger';

const failures: string[] = [];
let watching = false;

function describe(args: unknown[]): string {
  const [first] = args;
  const fields = (first && typeof first === 'object' ? first : {}) as {
    err?: { message?: string; cause?: { message?: string } };
    workflow?: string;
  };
  // A driver error's own message is the whole failed query; its cause says what went wrong.
  const message = fields.err?.cause?.message ?? fields.err?.message ?? String(first);
  return `${fields.workflow ?? 'workflow'}: ${message.slice(0, 400)}`;
}

/** Starts recording workflow failures (once per process); our logger is wrapped, not replaced. */
export function watchWorkflowFailures(): void {
  if (watching) return;
  watching = true;
  const original: (...args: unknown[]) => void = logger.error.bind(logger);
  const wrapped = (...args: unknown[]) => {
    if (args.some((a) => a === 'in-process workflow failed')) failures.push(describe(args));
    original(...args);
  };
  logger.error = wrapped;
}

/** The failures recorded since the last call, oldest first. */
export function takeWorkflowFailures(): string[] {
  return failures.splice(0, failures.length);
}
