import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/server/db';
import { isEmbedded } from '@/server/db/embedded';
import { decodeFloat4Array } from '@/server/db/float4-array';
import { jobEmbeddings } from '@/server/db/schema';

/**
 * The stored vectors of these jobs for one model; jobs not embedded with it are absent. Values
 * come back exactly as the stored float4s, on both databases.
 *
 * A ranking loads ~300 of them. On the PostgreSQL server they are read in binary (`array_send`):
 * postgres.js parsing their text form made this the slowest read of a ranking after a profile
 * change. PGlite decodes binary columns byte by byte, so there the text form stays. Timed with
 * one-off scripts (not committed) on 300 vectors of 256 floats: server, 200,000 jobs, p50 19.6 ms
 * as text, 12.8 ms in binary (the query and the transfer included); PGlite, in memory, 24-31 ms
 * as text, 64-79 ms in binary.
 */
export async function loadJobVectors(
  db: DbOrTx,
  ids: readonly string[],
  modelId: string,
): Promise<Map<string, number[]>> {
  if (ids.length === 0) return new Map();
  const where = and(inArray(jobEmbeddings.jobId, [...ids]), eq(jobEmbeddings.model, modelId));
  if (isEmbedded(db)) {
    const rows = await db
      .select({ id: jobEmbeddings.jobId, vector: jobEmbeddings.embedding })
      .from(jobEmbeddings)
      .where(where);
    // The text form is the shortest decimal that reads back as the float4: fround restores it exactly.
    return new Map(rows.map((r) => [r.id, r.vector.map(Math.fround)]));
  }
  const rows = await db
    .select({ id: jobEmbeddings.jobId, bytes: sql<Uint8Array>`array_send(${jobEmbeddings.embedding})` })
    .from(jobEmbeddings)
    .where(where);
  return new Map(rows.map((r) => [r.id, Array.from(decodeFloat4Array(r.bytes))]));
}
