import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/server/db';
import { decodeFloat4Array } from '@/server/db/float4-array';
import { jobEmbeddings } from '@/server/db/schema';

/**
 * The stored vectors of these jobs for one model; jobs not embedded with it are absent. Read in
 * binary (`array_send`): a ranking loads ~300 of them, and in their text form this read was the
 * slowest part of ranking after a profile change (p50 19.6 ms at 200,000 jobs; 12.8 ms in binary,
 * the query and the transfer included). Values come back exactly as the stored float4s.
 */
export async function loadJobVectors(
  db: DbOrTx,
  ids: readonly string[],
  modelId: string,
): Promise<Map<string, number[]>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: jobEmbeddings.jobId, bytes: sql<Uint8Array>`array_send(${jobEmbeddings.embedding})` })
    .from(jobEmbeddings)
    .where(and(inArray(jobEmbeddings.jobId, [...ids]), eq(jobEmbeddings.model, modelId)));
  return new Map(rows.map((r) => [r.id, Array.from(decodeFloat4Array(r.bytes))]));
}
