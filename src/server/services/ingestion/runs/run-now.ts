import type { Database } from '@/server/db';
import { dispatch } from '@/server/workflows/dispatch';
import { hostKeyOf } from './due-sources';
import { getSourceRow } from './manage-sources';
import { startRun } from './record-run';
import { sourceKeyOf } from './source-key';
import type { SourceType } from '../normalized-posting';

/**
 * "Run now" on the admin page: the run is recorded at once (its id is the answer, so the page can
 * follow it) and carried out by the ingest-source workflow, in-process or on Inngest.
 */
export async function runSourceNow(db: Database, sourceId: string): Promise<{ runId: string }> {
  const source = await getSourceRow(db, sourceId);
  const runId = await startRun(db, source.id, sourceKeyOf(source.type as SourceType, source.token));
  const hostKey = hostKeyOf(source.type as SourceType, source.token);
  await dispatch(db, 'ingestion/source-run', { sourceId, runId, slot: `manual:${runId}`, hostKey });
  return { runId };
}
