import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '@/server/db';
import { jobEmbeddings } from '@/server/db/schema';

/** The stored vectors of these jobs for one model; jobs not embedded with it are absent. */
export async function loadJobVectors(db: DbOrTx, ids: readonly string[], modelId: string): Promise<Map<string, number[]>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: jobEmbeddings.jobId, vector: jobEmbeddings.embedding })
    .from(jobEmbeddings)
    .where(and(inArray(jobEmbeddings.jobId, [...ids]), eq(jobEmbeddings.model, modelId)));
  return new Map(rows.map((r) => [r.id, r.vector]));
}
