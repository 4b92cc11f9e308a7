import { sql } from 'drizzle-orm';
import type { Database } from '@/server/db';
import { isDatabaseOutage } from './database-outage';

/** A probe slower than this counts as an outage: a caller is waiting on the answer. */
export const PROBE_TIMEOUT_MS = 3_000;

/**
 * `SELECT 1` within PROBE_TIMEOUT_MS: true when the database answers. An error that is not an
 * outage (there should be none for SELECT 1) counts as reachable, so a bug never reads as downtime.
 */
export async function databaseAnswers(db: Database, timeoutMs = PROBE_TIMEOUT_MS): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([db.execute(sql`SELECT 1`).then(() => true), timeout]);
  } catch (error) {
    return !isDatabaseOutage(error);
  } finally {
    clearTimeout(timer);
  }
}
