/**
 * Shared fixtures of the vector index tests: 8-dimensional test vectors.
 *
 * Jobs lie on a quarter circle in the plane of the first two of 8 dimensions: job i is
 * cos(5i°)·e0 + sin(5i°)·e1, so a query along e0 ranks them 0, 1, 2, … with similarity cos(5i°).
 * "Far" jobs lie along e2..e7 (similarity ~0 to that query).
 */
import type { VectorIndex } from '@/server/adapters/vectors/types';
import type { Database } from '@/server/db';
import { jobEmbeddings } from '@/server/db/schema';

export const MODEL = 'test-plane-8';
export const DIMS = 8;
export const CIRCLE = 18;

export const circle = (i: number) => {
  const v = new Array<number>(DIMS).fill(0);
  v[0] = Math.cos((i * 5 * Math.PI) / 180);
  v[1] = Math.sin((i * 5 * Math.PI) / 180);
  return v;
};
/** Far job j: mostly along e2..e7, a little along e0/e1 so no two are identical. */
export const far = (j: number) => {
  const v = new Array<number>(DIMS).fill(0);
  v[2 + (j % 6)] = 1;
  v[3 + ((j + 1) % 5)] = 0.5;
  v[j % 2] = 0.01 * (j + 1);
  return v;
};
export const E0 = circle(0);

/** Writes the truth: a job's row in job_embeddings (embedded_at moves on every write, as in embedJobs). */
export async function writeEmbedding(db: Database, id: string, vector: number[]) {
  const row = { jobId: id, model: MODEL, dimensions: DIMS, embedding: vector, contentHash: 'test' };
  await db
    .insert(jobEmbeddings)
    .values(row)
    .onConflictDoUpdate({ target: jobEmbeddings.jobId, set: { embedding: vector, embeddedAt: new Date() } });
}

/** The truth first, then the index, as the embedding workflow does. */
export async function store(db: Database, index: VectorIndex, id: string, vector: number[]) {
  await writeEmbedding(db, id, vector);
  await index.upsert([{ id, vector }]);
}
