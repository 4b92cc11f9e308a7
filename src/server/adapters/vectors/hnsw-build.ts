import type { DbOrTx } from '@/server/db';
import type { SnapshotPlace } from './hnsw-snapshot';
import { HnswStore, type HnswParams } from './hnsw-store';
import { countJobVectors, readJobVectors } from './job-rows';

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A new store holding every vector of the model in job_embeddings. hnswlib inserts are
 * synchronous (~0.3 ms each at 256 dimensions): the build yields to the event loop every
 * `sliceSize` points so a server keeps answering other requests meanwhile.
 */
export async function buildFromDatabase(
  db: DbOrTx,
  place: Omit<SnapshotPlace, 'dir'>,
  params: HnswParams,
  sliceSize: number,
): Promise<HnswStore> {
  const total = await countJobVectors(db, place.model, place.dimensions);
  const store = HnswStore.create(place.dimensions, Math.ceil(total * 1.1) + 64, params);
  for await (const batch of readJobVectors(db, place.model, place.dimensions)) {
    for (let i = 0; i < batch.length; i++) {
      const row = batch[i];
      if (row) store.put(row.id, row.vector, row.fields, row.version);
      if (i % sliceSize === sliceSize - 1) await yieldToEventLoop();
    }
    await yieldToEventLoop();
  }
  return store;
}
