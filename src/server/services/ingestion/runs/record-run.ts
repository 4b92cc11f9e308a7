/** The ingest_runs row of a run, its quarantined records, and the source row's last-run snapshot. */
import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/server/db';
import { ingestQuarantine, ingestRuns, jobSources, type CircuitSnapshotRow } from '@/server/db/schema';
import type { QuarantinedRecord } from '../normalized-posting';
import type { RunSummary } from './run-summary';

/** Quarantine rows per INSERT; payloads can be large. */
const QUARANTINE_BATCH = 200;
/** A payload larger than this is stored cut, as a string: the reason and the start are what help. */
const MAX_PAYLOAD_CHARS = 100_000;

export async function startRun(db: DbOrTx, sourceId: string | null, sourceKey: string): Promise<string> {
  const [row] = await db.insert(ingestRuns).values({ sourceId, sourceKey }).returning({ id: ingestRuns.id });
  if (!row) throw new Error('ingest run not recorded');
  return row.id;
}

/** JSON-safe and bounded: a payload is whatever the source sent, possibly not JSON at all. */
function storablePayload(payload: unknown): unknown {
  try {
    const text = JSON.stringify(payload) ?? 'null';
    // NUL cannot be stored in jsonb text.
    const clean = text.replace(/\\u0000/g, '');
    return clean.length > MAX_PAYLOAD_CHARS ? { truncated: clean.slice(0, MAX_PAYLOAD_CHARS) } : JSON.parse(clean);
  } catch {
    return { unserializable: String(payload).slice(0, MAX_PAYLOAD_CHARS) };
  }
}

export async function recordQuarantine(db: DbOrTx, runId: string, records: readonly QuarantinedRecord[]) {
  for (let i = 0; i < records.length; i += QUARANTINE_BATCH) {
    await db.insert(ingestQuarantine).values(
      records.slice(i, i + QUARANTINE_BATCH).map((r) => ({
        runId,
        source: r.source.slice(0, 50),
        externalId: r.externalId?.slice(0, 200) ?? null,
        reason: r.reason.replace(/\0/g, '').slice(0, 2000) || 'unknown',
        // As SQL: drizzle would write a JSON null payload as SQL NULL.
        payload: sql`${JSON.stringify(storablePayload(r.payload))}::jsonb`,
      })),
    );
  }
}

export async function finishRun(
  db: DbOrTx,
  sourceId: string | null,
  summary: Omit<RunSummary, 'jobIds'>,
  circuit: CircuitSnapshotRow['state'] | null,
): Promise<void> {
  const finishedAt = new Date();
  const { runId, status, fetched, inserted, updated, unchanged, closed, duplicatesLinked, quarantined, error } =
    summary;
  await db
    .update(ingestRuns)
    .set({ finishedAt, status, fetched, inserted, updated, unchanged, closed, duplicatesLinked, quarantined, error })
    .where(eq(ingestRuns.id, runId));
  if (!sourceId) return;
  await db
    .update(jobSources)
    .set({
      lastRunAt: finishedAt,
      lastRun: {
        runId,
        status,
        finishedAt: finishedAt.toISOString(),
        fetched,
        inserted,
        updated,
        unchanged,
        closed,
        duplicatesLinked,
        quarantined,
        error,
      },
      ...(circuit ? { circuit: { state: circuit, at: finishedAt.toISOString() } } : {}),
    })
    .where(eq(jobSources.id, sourceId));
}
