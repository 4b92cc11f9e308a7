/**
 * The cron's fan-out: every enabled source whose latest schedule slot has no run started since.
 * Each becomes one ingestion/source-run event whose idempotency key is (source, slot).
 */
import { eq, max } from 'drizzle-orm';
import type { Database } from '@/server/db';
import { ingestRuns, jobSources } from '@/server/db/schema';
import { dispatch } from '@/server/workflows/dispatch';
import type { SourceType } from '../normalized-posting';
import { dueSlot } from './schedule';

export interface DueSource {
  sourceId: string;
  slot: string;
  /** What the per-host concurrency limit is keyed on: the page host for jsonld, else the board type. */
  hostKey: string;
}

export function hostKeyOf(type: SourceType, token: string): string {
  if (type !== 'jsonld') return type;
  try {
    return new URL(token).hostname.toLowerCase();
  } catch {
    return type;
  }
}

export async function findDueSources(db: Database, now: Date): Promise<DueSource[]> {
  const rows = await db
    .select({
      id: jobSources.id,
      type: jobSources.type,
      token: jobSources.token,
      schedule: jobSources.schedule,
      lastStarted: max(ingestRuns.startedAt),
    })
    .from(jobSources)
    .leftJoin(ingestRuns, eq(ingestRuns.sourceId, jobSources.id))
    .where(eq(jobSources.enabled, true))
    .groupBy(jobSources.id);
  return rows.flatMap((r) => {
    const slot = dueSlot(r.schedule, r.lastStarted ? new Date(r.lastStarted) : null, now);
    return slot
      ? [{ sourceId: r.id, slot: slot.toISOString(), hostKey: hostKeyOf(r.type as SourceType, r.token) }]
      : [];
  });
}

/** In-process scheduling (no Inngest): dispatch each due source; the workflow runs it. */
export async function startDueSources(db: Database, now: Date): Promise<number> {
  const due = await findDueSources(db, now);
  for (const d of due) await dispatch(db, 'ingestion/source-run', d);
  return due.length;
}
