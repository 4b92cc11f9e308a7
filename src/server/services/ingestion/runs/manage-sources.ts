/** Admin management of job sources: the rows, their runs and their quarantined records. */
import { and, count, desc, eq, inArray, sql } from 'drizzle-orm';
import {
  addSourceInput,
  quarantineInput,
  runsInput,
  updateSourceInput,
  type AddSourceInput,
  type SourceOutput,
} from '@/lib/validators/sources';
import type { Database } from '@/server/db';
import { ingestQuarantine, ingestRuns, jobSources } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import type { SourceType } from '../normalized-posting';
import { sourceKeyOf } from './source-key';

type RunRow = typeof ingestRuns.$inferSelect;

const runOut = (r: RunRow) => ({
  id: r.id,
  status: r.status,
  startedAt: r.startedAt,
  finishedAt: r.finishedAt,
  error: r.error,
  fetched: r.fetched,
  inserted: r.inserted,
  updated: r.updated,
  unchanged: r.unchanged,
  closed: r.closed,
  duplicatesLinked: r.duplicatesLinked,
  quarantined: r.quarantined,
});

export async function getSourceRow(db: Database, id: string) {
  const [row] = await db.select().from(jobSources).where(eq(jobSources.id, id)).limit(1);
  if (!row) throw new AppError('NOT_FOUND', 'No such source.');
  return row;
}

export async function listSources(
  db: Database,
  circuitOf: (key: string) => SourceOutput['circuit'],
): Promise<SourceOutput[]> {
  const rows = await db.select().from(jobSources).orderBy(jobSources.createdAt, jobSources.id);
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const latest = await db
    .selectDistinctOn([ingestRuns.sourceId])
    .from(ingestRuns)
    .where(inArray(ingestRuns.sourceId, ids))
    .orderBy(ingestRuns.sourceId, desc(ingestRuns.startedAt));
  const quarantined = await db
    .select({ sourceId: ingestRuns.sourceId, n: count() })
    .from(ingestQuarantine)
    .innerJoin(ingestRuns, eq(ingestRuns.id, ingestQuarantine.runId))
    .where(inArray(ingestRuns.sourceId, ids))
    .groupBy(ingestRuns.sourceId);
  const lastBy = new Map(latest.map((r) => [r.sourceId, r]));
  const qBy = new Map(quarantined.map((q) => [q.sourceId, q.n]));
  return rows.map((r) => {
    const key = sourceKeyOf(r.type as SourceType, r.token);
    const last = lastBy.get(r.id);
    return {
      id: r.id,
      type: r.type as SourceType,
      token: r.token,
      key,
      label: r.label,
      schedule: r.schedule,
      enabled: r.enabled,
      createdAt: r.createdAt,
      lastRun: last ? runOut(last) : null,
      quarantinedTotal: qBy.get(r.id) ?? 0,
      // The live breaker when this process has one; else what the last run saw.
      circuit: circuitOf(key) !== 'closed' ? circuitOf(key) : (r.circuit?.state ?? 'closed'),
    };
  });
}

export async function addSource(db: Database, raw: AddSourceInput): Promise<{ id: string }> {
  const input = addSourceInput.parse(raw);
  const [existing] = await db
    .select({ id: jobSources.id })
    .from(jobSources)
    .where(and(eq(jobSources.type, input.type), eq(jobSources.token, input.token)))
    .limit(1);
  if (existing)
    throw new AppError('CONFLICT', 'This source is already configured.', { fields: { token: ['Already added.'] } });
  const label = input.label || (input.token ? `${input.type}: ${input.token}` : input.type);
  const [row] = await db
    .insert(jobSources)
    .values({
      type: input.type,
      token: input.token,
      label: label.slice(0, 200),
      schedule: input.schedule,
      enabled: input.enabled,
    })
    .returning({ id: jobSources.id });
  if (!row) throw new AppError('INTERNAL_ERROR', 'The source was not saved.');
  return row;
}

export async function updateSource(db: Database, raw: unknown): Promise<{ id: string }> {
  const { id, ...changes } = updateSourceInput.parse(raw);
  const set = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
  const [row] = await db.update(jobSources).set(set).where(eq(jobSources.id, id)).returning({ id: jobSources.id });
  if (!row) throw new AppError('NOT_FOUND', 'No such source.');
  return row;
}

export async function listRuns(db: Database, raw: unknown) {
  const { sourceId, limit } = runsInput.parse(raw);
  await getSourceRow(db, sourceId);
  const rows = await db
    .select()
    .from(ingestRuns)
    .where(eq(ingestRuns.sourceId, sourceId))
    .orderBy(desc(ingestRuns.startedAt))
    .limit(limit);
  return rows.map(runOut);
}

export async function listQuarantine(db: Database, raw: unknown) {
  const { sourceId, limit } = quarantineInput.parse(raw);
  await getSourceRow(db, sourceId);
  const rows = await db
    .select({
      id: ingestQuarantine.id,
      runId: ingestQuarantine.runId,
      externalId: ingestQuarantine.externalId,
      reason: ingestQuarantine.reason,
      payload: sql<string>`left(${ingestQuarantine.payload}::text, 20000)`,
      createdAt: ingestQuarantine.createdAt,
    })
    .from(ingestQuarantine)
    .innerJoin(ingestRuns, eq(ingestRuns.id, ingestQuarantine.runId))
    .where(eq(ingestRuns.sourceId, sourceId))
    .orderBy(desc(ingestQuarantine.createdAt), desc(ingestQuarantine.id))
    .limit(limit);
  return rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt) }));
}
