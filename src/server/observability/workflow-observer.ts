import { isUnexpectedError, reportError } from './error-reports';
import { metrics } from './metrics';
import { inSpan } from './tracing';

/**
 * One in-process workflow run (retries included): started / succeeded / failed counters, its
 * duration, a span around its steps' SQL, and a Sentry report when it finally fails.
 */
export async function observeWorkflowRun<T>(workflowId: string, run: () => Promise<T>): Promise<T> {
  const m = metrics();
  m.workflowRuns.inc({ workflow: workflowId, status: 'started' });
  const stopTimer = m.workflowDuration.startTimer({ workflow: workflowId });
  try {
    const result = await inSpan(`workflow ${workflowId}`, { 'workflow.id': workflowId }, run);
    m.workflowRuns.inc({ workflow: workflowId, status: 'succeeded' });
    return result;
  } catch (err) {
    m.workflowRuns.inc({ workflow: workflowId, status: 'failed' });
    if (isUnexpectedError(err)) reportError(err, { workflow: workflowId });
    throw err;
  } finally {
    stopTimer();
  }
}
