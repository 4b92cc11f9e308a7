import type { Database } from '@/server/db';
import type { SourceType } from '../normalized-posting';
import { getSourceRow } from './manage-sources';
import { runDepsFor, type RunDepsOptions } from './run-deps';
import { runSource } from './run-source';
import type { RunSummary } from './run-summary';
import { sourceKeyOf } from './source-key';

/** Runs a configured source (the workflow's one step, and what runNow ends in). */
export async function runSourceRow(
  db: Database,
  sourceId: string,
  runId: string | undefined,
  opts: RunDepsOptions = {},
): Promise<RunSummary> {
  const row = await getSourceRow(db, sourceId);
  const type = row.type as SourceType;
  const key = sourceKeyOf(type, row.token);
  return runSource(db, { id: row.id, type, token: row.token, key, ...(runId ? { runId } : {}) }, runDepsFor(key, opts));
}
