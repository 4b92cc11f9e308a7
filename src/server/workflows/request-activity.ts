/**
 * How many API requests this process is answering right now. In-process background runs
 * (rescoring, analytics) share the process's CPU and the pool with the requests: on a small
 * machine a rescore run next to twenty writers made every write wait. The workflow limiter
 * reads this to run one background task at a time while requests are in flight, more when idle.
 */
let inFlight = 0;

/** Counts `work` as a request in flight until it settles. */
export async function trackRequest<T>(work: () => Promise<T>): Promise<T> {
  inFlight++;
  try {
    return await work();
  } finally {
    inFlight--;
  }
}

export function requestsInFlight(): number {
  return inFlight;
}
