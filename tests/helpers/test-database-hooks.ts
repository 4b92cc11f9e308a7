import { afterAll, beforeAll } from 'vitest';
import type { DatabaseMode } from '@/server/db/types';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { createTestDatabase, type TestDatabase } from './databases';

/**
 * A fresh database of `mode` for the enclosing describe block: created before its tests, dropped
 * after them (once the workflows they started have finished). Returns a getter for it.
 */
export function useTestDatabase(mode: DatabaseMode): () => TestDatabase {
  let tdb: TestDatabase | undefined;
  beforeAll(async () => {
    tdb = await createTestDatabase(mode);
  }, 60_000);
  afterAll(async () => {
    await drainWorkflows();
    await tdb?.destroy();
  });
  return () => {
    if (!tdb) throw new Error('The test database is not ready: use it inside a test.');
    return tdb;
  };
}
