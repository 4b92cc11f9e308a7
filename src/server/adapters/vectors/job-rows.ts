/**
 * Reading job_embeddings (the truth) and the jobs' filter fields, for the indexes that keep
 * copies (in-process HNSW, Pinecone).
 */
import { sql } from 'drizzle-orm';
import type { JobType, RemoteType } from '@/lib/validators/enums';
import type { DbOrTx } from '@/server/db';
import type { JobFilterFields } from './filter';
import { decodeFloat4Array, rowsOf } from './rows';

export interface StoredJobVector {
  id: string;
  vector: Float32Array;
  fields: JobFilterFields;
}

interface FieldsRow {
  id: string;
  open: boolean;
  remote_type: RemoteType;
  job_type: JobType;
  salary_annual_usd: number | null;
  location: string;
}

const toFields = (r: FieldsRow): JobFilterFields => ({
  open: r.open,
  remoteType: r.remote_type,
  jobType: r.job_type,
  salaryAnnualUsd: r.salary_annual_usd,
  location: r.location,
});

/** Every stored vector of `model` with its job's filter fields, in batches (keyset on job_id). */
export async function* readJobVectors(
  db: DbOrTx,
  model: string,
  dimensions: number,
  batchSize = 5_000,
): AsyncGenerator<StoredJobVector[]> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = rowsOf<FieldsRow & { v: Uint8Array }>(
      await db.execute(sql`
        SELECT e.job_id AS id, array_send(e.embedding) AS v, j.status = 'open' AS open,
               j.remote_type, j.job_type, j.salary_annual_usd, j.location
        FROM job_embeddings e JOIN jobs j ON j.id = e.job_id
        WHERE e.model = ${model} AND e.dimensions = ${dimensions} AND e.job_id > ${after}::uuid
        ORDER BY e.job_id
        LIMIT ${batchSize}`),
    );
    if (rows.length === 0) return;
    yield rows.map((r) => ({ id: r.id, vector: decodeFloat4Array(r.v), fields: toFields(r) }));
    after = rows[rows.length - 1]?.id ?? after;
    if (rows.length < batchSize) return;
  }
}

/** The current filter fields of these jobs; ids of deleted jobs are absent from the map. */
export async function readFilterFields(db: DbOrTx, ids: readonly string[]): Promise<Map<string, JobFilterFields>> {
  const out = new Map<string, JobFilterFields>();
  for (let i = 0; i < ids.length; i += 1_000) {
    const chunk = ids.slice(i, i + 1_000);
    const rows = rowsOf<FieldsRow>(
      await db.execute(sql`
        SELECT j.id, j.status = 'open' AS open, j.remote_type, j.job_type, j.salary_annual_usd, j.location
        FROM jobs j WHERE j.id = ANY(${`{${chunk.join(',')}}`}::uuid[])`),
    );
    for (const r of rows) out.set(r.id, toFields(r));
  }
  return out;
}

/** How many vectors of `model` job_embeddings holds. */
export async function countJobVectors(db: DbOrTx, model: string, dimensions: number): Promise<number> {
  const [row] = rowsOf<{ n: number | string }>(
    await db.execute(
      sql`SELECT count(*)::int AS n FROM job_embeddings WHERE model = ${model} AND dimensions = ${dimensions}`,
    ),
  );
  return Number(row?.n ?? 0);
}
