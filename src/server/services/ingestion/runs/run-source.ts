/**
 * One run of one source: fetch through its connector (guarded HTTP), normalize each posting,
 * quarantine what cannot be used (with its reason and raw payload), store the rest, close what a
 * complete feed no longer lists, and record the run. A bad record never stops a run; a failed
 * fetch is recorded as a failed run; a source whose circuit is open is skipped and says so.
 * Only a database failure is thrown (the workflow retries the run).
 */
import type { Database } from '@/server/db';
import { logger } from '@/server/logger';
import {
  type Connector,
  type ConnectorResult,
  type IngestionHttp,
  type NormalizedPosting,
  type QuarantinedRecord,
  type RawPosting,
  type SourceConfig,
} from '../normalized-posting';
import { ingestRawPostings } from '../store/ingest-raw-postings';
import type { StoreOptions } from '../store/store-postings';
import { finishRun, recordQuarantine, startRun } from './record-run';
import type { RunSummary } from './run-summary';

export interface RunDeps {
  http: IngestionHttp;
  connectorFor: (type: SourceConfig['type']) => Connector;
  /** Never throws for a bad posting: answers it quarantined with the reason (normalize/). */
  normalize: (raw: RawPosting) => NormalizedPosting | { quarantined: QuarantinedRecord };
  /** The source's circuit as the HTTP client's breaker sees it. */
  circuitState: () => 'closed' | 'open' | 'half_open' | 'isolated';
  onJobsChanged?: StoreOptions['onJobsChanged'];
  /** Progress for the CLI: postings normalized so far out of the fetched total. */
  onProgress?: (done: number, total: number) => void;
}

export interface SourceToRun extends SourceConfig {
  /** The job_sources row; null for a CLI or add-by-URL run. */
  id: string | null;
  /** jobs.source for this source ('greenhouse:acme'). */
  key: string;
  /** A run already recorded (runNow answers its id before the run starts). */
  runId?: string;
}

/** Error text for the admin page: the HTTP client's kind when it has one, never a stack. */
export function describeError(err: unknown): string {
  const kind = (err as { kind?: unknown } | null)?.kind;
  const message = err instanceof Error ? err.message : String(err);
  return (typeof kind === 'string' ? `${kind}: ${message}` : message).slice(0, 1000);
}

export async function runSource(db: Database, source: SourceToRun, deps: RunDeps): Promise<RunSummary> {
  const runId = source.runId ?? (await startRun(db, source.id, source.key));
  const base = {
    runId,
    sourceKey: source.key,
    fetched: 0,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    closed: 0,
    duplicatesLinked: 0,
    quarantined: 0,
  };
  const finish = async (summary: RunSummary): Promise<RunSummary> => {
    await finishRun(db, source.id, summary, deps.circuitState());
    logger.info({ ...summary, jobIds: summary.jobIds.length }, 'ingestion run finished');
    return summary;
  };

  if (deps.circuitState() === 'open') {
    return finish({
      ...base,
      status: 'skipped',
      error: 'circuit_open: the source failed repeatedly; it is left alone for a while',
      jobIds: [],
    });
  }
  let fetched: ConnectorResult;
  try {
    fetched = await deps.connectorFor(source.type).fetch({ type: source.type, token: source.token }, deps.http);
  } catch (err) {
    return finish({ ...base, status: 'failed', error: describeError(err), jobIds: [] });
  }
  const stored = await ingestRawPostings(db, source.key, fetched.postings, {
    // Closing needs the whole feed: a run that missed pages closes nothing.
    complete: fetched.complete,
    normalize: deps.normalize,
    quarantinedIds: fetched.quarantined.flatMap((q) => (q.externalId ? [q.externalId] : [])),
    ...(deps.onJobsChanged ? { onJobsChanged: deps.onJobsChanged } : {}),
    ...(deps.onProgress ? { onProgress: deps.onProgress } : {}),
  });
  const quarantined = [...fetched.quarantined, ...stored.quarantined];
  await recordQuarantine(db, runId, quarantined);
  return finish({
    ...base,
    status: fetched.complete ? 'succeeded' : 'partial',
    fetched: fetched.postings.length + fetched.quarantined.length,
    inserted: stored.inserted,
    updated: stored.updated,
    unchanged: stored.unchanged,
    closed: stored.closed,
    duplicatesLinked: stored.duplicatesLinked,
    quarantined: quarantined.length,
    error: null,
    jobIds: stored.jobIds,
  });
}
