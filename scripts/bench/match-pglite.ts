/**
 * A PGlite copy of the benchmark's jobs and vectors, for measuring pgvector (the PostgreSQL
 * server here has no pgvector). Only what vector search reads is copied: ids, the filter
 * columns and the embeddings; titles and descriptions are placeholders (the full-text columns
 * cost minutes to generate and play no part here). Loaded with COPY, 10,000 rows at a time.
 */
import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { readJobVectors } from '@/server/adapters/vectors/job-rows';
import type { Database } from '@/server/db';
import { connectPglite } from '@/server/db/connect';
import { runMigrations } from '@/server/db/migrate';
import type { DatabaseHandle } from '@/server/db/types';

const csvField = (v: string | number | null) => (v === null ? '' : `"${String(v).replace(/"/g, '""')}"`);
const csvLine = (fields: (string | number | null)[]) => `${fields.map(csvField).join(',')}\n`;

export async function copyIntoPglite(
  source: Database,
  dir: string,
  model: string,
  dimensions: number,
  log: (m: string) => void,
): Promise<{ handle: DatabaseHandle; rows: number }> {
  const handle = await connectPglite(dir);
  await runMigrations(handle);
  // drizzle exposes its driver as $client; COPY FROM a blob is PGlite's bulk load path.
  const client = (handle.db as unknown as { $client: PGlite }).$client;
  let rows = 0;
  for await (const batch of readJobVectors(source, model, dimensions, { batchSize: 10_000 })) {
    const jobsCsv = batch
      .map((r, i) =>
        csvLine([
          r.id,
          'Bench Co',
          `Job ${rows + i}`,
          'Copied for the vector benchmark.',
          r.fields.location,
          r.fields.remoteType,
          r.fields.jobType,
          r.fields.salaryAnnualUsd,
          r.fields.open ? 'open' : 'closed',
          r.id,
        ]),
      )
      .join('');
    await client.query(
      `COPY jobs (id, company_name, title, description, location, remote_type, job_type, salary_annual_usd, status, external_id)
       FROM '/dev/blob' WITH (FORMAT csv)`,
      [],
      { blob: new Blob([jobsCsv]) },
    );
    const vectorsCsv = batch
      .map((r) =>
        csvLine([r.id, model, dimensions, `{${Array.from(r.vector, (x) => x.toPrecision(9)).join(',')}}`, 'bench']),
      )
      .join('');
    await client.query(
      `COPY job_embeddings (job_id, model, dimensions, embedding, content_hash) FROM '/dev/blob' WITH (FORMAT csv)`,
      [],
      { blob: new Blob([vectorsCsv]) },
    );
    rows += batch.length;
    if (rows % 50_000 < batch.length) log(`${rows} rows copied`);
  }
  await handle.db.execute(sql`VACUUM (ANALYZE) jobs`);
  await handle.db.execute(sql`VACUUM (ANALYZE) job_embeddings`);
  return { handle, rows };
}
