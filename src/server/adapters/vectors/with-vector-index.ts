import type { Logger } from '@/server/logger';
import type { VectorIndex } from './types';

export type VectorOutcome<T> = { degraded: false; value: T } | { degraded: true; reason: string };

/** Shared by every caller in the process: the log says when vector search went down and came back. */
const degradation = { active: false };

/**
 * Runs `use` against the vector index; any failure (index down, still building, store
 * unreachable, a vector of the wrong model) comes back as `{ degraded: true }` so the caller
 * falls back to structured matching and nothing reaches the user as an error. Logged once when
 * it starts failing and once when it recovers, never once per request.
 */
export async function runDegradable<T>(
  getIndex: () => Promise<VectorIndex>,
  use: (index: VectorIndex) => Promise<T>,
  log: Logger,
): Promise<VectorOutcome<T>> {
  try {
    const value = await use(await getIndex());
    if (degradation.active) {
      degradation.active = false;
      log.info('vector index recovered');
    }
    return { degraded: false, value };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (!degradation.active) {
      degradation.active = true;
      log.warn({ err: reason }, 'vector index unavailable: matching falls back to structured scoring');
    }
    return { degraded: true, reason };
  }
}
