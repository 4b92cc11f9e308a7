import { VectorIndexError } from './types';

/**
 * Waits for a build or setup step, but at most `ms`: a request must not hang for the minutes a
 * large index takes to build. Past the wait it fails as NOT_READY, which callers treat as
 * "vector search degraded for now"; the build carries on in the background.
 */
export async function waitReady(ready: Promise<void>, ms: number, what: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new VectorIndexError('NOT_READY', `${what} is still being built`)), ms);
  });
  try {
    await Promise.race([ready, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Errors of the store behind an index become UNAVAILABLE; our own typed errors pass through. */
export function asIndexError(error: unknown, what: string): VectorIndexError {
  if (error instanceof VectorIndexError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new VectorIndexError('UNAVAILABLE', `${what}: ${message}`, { cause: error });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Job ids go into SQL arrays and remote stores: reject anything that is not a UUID up front. */
export function checkIds(ids: readonly string[]): void {
  const bad = ids.find((id) => !UUID.test(id));
  if (bad !== undefined) throw new VectorIndexError('INVALID_ARGUMENT', `not a job id: ${JSON.stringify(bad)}`);
}
