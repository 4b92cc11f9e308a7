/**
 * Reading job_embeddings (the truth) and the jobs' filter fields, for the indexes that keep
 * copies (in-process HNSW, Pinecone).
 */
import { sql } from 'drizzle-orm';
import type { JobType, RemoteType } from '@/lib/validators/enums';
import type { DbOrTx } from '@/server/db';
import type { JobFilterFields } from './filter';
import { decodeFloat4Array } from '@/server/db/float4-array';
import { rowsOf } from './rows';

export interface StoredJobVector {
  id: string;
  vector: Float32Array;
  /**
   * content_hash and embedded_at together: any rewrite of the row changes it, so a snapshot can
   * tell whether its copy of the vector is still current.
   */
  version: string;
  fields: JobFilterFields;
}

export type StoredJobState = Omit<StoredJobVector, 'vector'>;

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

const uuidArray = (ids: readonly string[]) => `{${ids.join(',')}}`;

/**
 * Every stored vector of `model` with its job's filter fields, in batches (keyset on job_id);
 * only those of `ids` when given (callers check ids are UUIDs).
 */
export function readJobVectors(
  db: DbOrTx,
  model: string,
  dimensions: number,
  opts: { batchSize?: number; ids?: readonly string[] } = {},
): AsyncGenerator<StoredJobVector[]> {
  return readRows(db, model, dimensions, true, opts) as AsyncGenerator<StoredJobVector[]>;
}

/** As readJobVectors without the vectors: ~1/20 of the bytes, for checking a snapshot. */
export function readJobStates(db: DbOrTx, model: string, dimensions: number): AsyncGenerator<StoredJobState[]> {
  return readRows(db, model, dimensions, false, { batchSize: 20_000 });
}

async function* readRows(
  db: DbOrTx,
  model: string,
  dimensions: number,
  withVectors: boolean,
  opts: { batchSize?: number; ids?: readonly string[] },
): AsyncGenerator<(StoredJobState & { vector?: Float32Array })[]> {
  const batchSize = opts.batchSize ?? 5_000;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = rowsOf<FieldsRow & { version: string; v?: Uint8Array }>(
      await db.execute(sql`
        SELECT e.job_id AS id,
               e.content_hash || ':' || floor(extract(epoch FROM e.embedded_at) * 1000)::bigint AS version, ${withVectors ? sql`array_send(e.embedding) AS v,` : sql``}
               (j.status = 'open' AND j.duplicate_of IS NULL) AS open, j.remote_type, j.job_type, j.salary_annual_usd, j.location
        FROM job_embeddings e JOIN jobs j ON j.id = e.job_id
        WHERE e.model = ${model} AND e.dimensions = ${dimensions} AND e.job_id > ${after}::uuid
          ${opts.ids ? sql`AND e.job_id = ANY(${uuidArray(opts.ids)}::uuid[])` : sql``}
        ORDER BY e.job_id
        LIMIT ${batchSize}`),
    );
    if (rows.length === 0) return;
    yield rows.map((r) => ({
      id: r.id,
      version: r.version,
      fields: toFields(r),
      ...(r.v ? { vector: decodeFloat4Array(r.v) } : {}),
    }));
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
        SELECT j.id, (j.status = 'open' AND j.duplicate_of IS NULL) AS open, j.remote_type, j.job_type, j.salary_annual_usd, j.location
        FROM jobs j WHERE j.id = ANY(${uuidArray(chunk)}::uuid[])`),
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
