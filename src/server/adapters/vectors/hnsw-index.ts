/**
 * In-process HNSW (hnswlib-node, cosine) for a PostgreSQL without pgvector.
 *
 * Built from job_embeddings on first use, then kept current by upsert/remove/refresh, which the
 * embedding workflows call after writing job_embeddings. The build runs in slices that yield to
 * the event loop, so a server keeps answering (vector queries answer NOT_READY, i.e. degraded,
 * past `readyTimeoutMs`) while 200,000 vectors go in. Changes arriving during a build are applied
 * to the index being served and replayed onto the new one before it takes over.
 *
 * The index lives in this process only: several server processes each hold one, and each sees
 * the changes made through it. That fits the one-machine default this adapter is for. With a
 * snapshot folder, a full build is saved to disk and a restarted process loads it and catches
 * up with the database instead of building again (hnsw-snapshot.ts).
 */
import type { Database } from '@/server/db';
import { resolveFilter, hasConditions, type JobFilterFields } from './filter';
import type { Logger } from '@/server/logger';
import { buildFromDatabase } from './hnsw-build';
import { loadSnapshot, saveSnapshot, syncWithDatabase, type SnapshotPlace } from './hnsw-snapshot';
import type { HnswParams, HnswStore } from './hnsw-store';
import { readFilterFields } from './job-rows';
import { asIndexError, checkIds, waitReady } from './readiness';
import type { RebuildResult, VectorFilter, VectorHit, VectorIndex, VectorInput, VectorItem } from './types';
import { checkK, checkVector, unit } from './vector-math';

export interface HnswOptions extends Partial<HnswParams> {
  /** Folder for snapshots that spare a restarted process the build (see hnsw-snapshot.ts). */
  snapshotDir?: string;
  log?: Logger;
  /** How long a query waits for the first build before answering NOT_READY. */
  readyTimeoutMs?: number;
  /** Points added between two yields to the event loop while building. */
  sliceSize?: number;
}

const DEFAULTS: Required<Omit<HnswOptions, 'snapshotDir' | 'log'>> = {
  // Measured on 200,000 real job vectors (bench:match): with M = 16, ~4% of queries ended in the
  // wrong cluster at ef 64 (recall 0 for those); M = 32 reaches them. The per-remote-type
  // graphs are smaller and sparser: the remote one needs ef 200 for recall@20 ~0.98.
  m: 32,
  efConstruction: 100,
  efSearch: 200,
  exactBelow: 20_000,
  maxProbe: 1_000,
  candidateCost: 1_700,
  readyTimeoutMs: 2_000,
  sliceSize: 500,
};

type Change =
  | { kind: 'put'; items: { id: string; vector: Float32Array }[]; fields: Map<string, JobFilterFields> }
  | { kind: 'remove'; ids: readonly string[] }
  | { kind: 'fields'; ids: readonly string[]; fields: Map<string, JobFilterFields> };

export class HnswIndex implements VectorIndex {
  readonly kind = 'hnsw' as const;
  private readonly opts: typeof DEFAULTS & Pick<HnswOptions, 'snapshotDir' | 'log'>;
  private store: HnswStore | undefined;
  /** Where the index being served came from (tests and logs). */
  builtFrom: 'snapshot' | 'database' | undefined;
  private saving: Promise<void> = Promise.resolve();
  private building: Promise<RebuildResult> | undefined;
  /** Changes made while a build reads job_embeddings, replayed onto the new store. */
  private pending: Change[] = [];

  constructor(
    private readonly db: Database,
    readonly model: string,
    readonly dimensions: number,
    opts: HnswOptions = {},
  ) {
    this.opts = { ...DEFAULTS, ...opts };
  }

  /** Starts the first build (from the snapshot when there is one); resolves when an index can be served. */
  private ready(): Promise<void> {
    if (this.store) return Promise.resolve();
    return this.startBuild(true).then(() => undefined);
  }

  async query(vector: VectorInput, k: number, filter?: VectorFilter): Promise<VectorHit[]> {
    checkK(k);
    const q = unit(checkVector(vector, this.dimensions, 'query vector'));
    await waitReady(this.ready(), this.opts.readyTimeoutMs, 'in-process vector index');
    const resolved = resolveFilter(filter);
    const store = this.store;
    if (!store) throw asIndexError(new Error('no index after build'), 'hnsw query failed');
    return store.search(q, k, hasConditions(resolved) ? resolved : undefined);
  }

  async upsert(items: readonly VectorItem[]): Promise<void> {
    checkIds(items.map((i) => i.id));
    const checked = items.map((i) => ({
      id: i.id,
      vector: checkVector(i.vector, this.dimensions, `vector of job ${i.id}`),
    }));
    if (!this.store && !this.building) {
      // Nothing built yet: the first build reads these rows from job_embeddings anyway.
      void this.ready().catch(() => {});
      return;
    }
    const fields = await this.readFields(checked.map((i) => i.id));
    this.apply({ kind: 'put', items: checked, fields });
  }

  // async without await: the contract is a promise, and a bad id must reject it rather than throw.
  // eslint-disable-next-line @typescript-eslint/require-await
  async remove(ids: readonly string[]): Promise<void> {
    checkIds(ids);
    this.apply({ kind: 'remove', ids });
  }

  async refresh(ids: readonly string[]): Promise<void> {
    checkIds(ids);
    if (!this.store && !this.building) return;
    this.apply({ kind: 'fields', ids, fields: await this.readFields(ids) });
  }

  private async readFields(ids: readonly string[]): Promise<Map<string, JobFilterFields>> {
    try {
      return await readFilterFields(this.db, ids);
    } catch (error) {
      throw asIndexError(error, 'reading job fields failed');
    }
  }

  private apply(change: Change): void {
    if (this.store) applyTo(this.store, change);
    if (this.building) this.pending.push(change);
  }

  /** Builds a new index from job_embeddings and swaps it in; concurrent calls share one build. */
  rebuild(): Promise<RebuildResult> {
    return this.startBuild(false);
  }

  private startBuild(fromSnapshot: boolean): Promise<RebuildResult> {
    this.building ??= this.build(fromSnapshot).finally(() => {
      this.building = undefined;
    });
    return this.building;
  }

  private async build(fromSnapshot: boolean): Promise<RebuildResult> {
    const started = performance.now();
    this.pending = [];
    try {
      let fresh = fromSnapshot ? await this.fromSnapshot() : undefined;
      if (!fresh) {
        fresh = await buildFromDatabase(this.db, this, this.opts, this.opts.sliceSize);
        this.builtFrom = 'database';
        this.saveSnapshot(fresh);
      }
      for (const change of this.pending) applyTo(fresh, change);
      this.store = fresh;
      return { count: fresh.size, ms: performance.now() - started };
    } catch (error) {
      throw asIndexError(error, 'hnsw build failed');
    } finally {
      this.pending = [];
    }
  }

  /** The saved index brought up to date with the database, or undefined to build from scratch. */
  private async fromSnapshot(): Promise<HnswStore | undefined> {
    const place = this.snapshotPlace;
    if (!place) return undefined;
    try {
      const store = await loadSnapshot(place, this.opts);
      if (!store) return undefined;
      const changed = await syncWithDatabase(store, this.db, place);
      this.builtFrom = 'snapshot';
      this.opts.log?.info({ vectors: store.size, changed }, 'in-process vector index loaded from its snapshot');
      // Many changes since: save again so the next start has less to catch up.
      if (changed > store.size * 0.05) this.saveSnapshot(store);
      return store;
    } catch (error) {
      this.opts.log?.warn({ err: String(error) }, 'vector index snapshot unusable: building from the database');
      return undefined;
    }
  }

  private get snapshotPlace(): SnapshotPlace | undefined {
    const dir = this.opts.snapshotDir;
    return dir ? { dir, model: this.model, dimensions: this.dimensions } : undefined;
  }

  /** In the background; close() waits for it. A failed save only costs the next start a build. */
  private saveSnapshot(store: HnswStore): void {
    const place = this.snapshotPlace;
    if (!place) return;
    const previous = this.saving;
    this.saving = previous
      .then(() => saveSnapshot(place, store, this.opts))
      .catch((error: unknown) => this.opts.log?.warn({ err: String(error) }, 'vector index snapshot not saved'));
  }

  async health(): Promise<boolean> {
    try {
      await waitReady(this.ready(), this.opts.readyTimeoutMs, 'in-process vector index');
      return this.store !== undefined;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.building?.catch(() => {});
    await this.saving;
    this.store = undefined;
  }
}

function applyTo(store: HnswStore, change: Change): void {
  if (change.kind === 'remove') {
    for (const id of change.ids) store.remove(id);
    return;
  }
  if (change.kind === 'fields') {
    for (const id of change.ids) {
      const fields = change.fields.get(id);
      if (fields) store.setFields(id, fields);
      else store.remove(id);
    }
    return;
  }
  for (const item of change.items) {
    const fields = change.fields.get(item.id);
    // The job row is gone (deleted since): its embedding went with it.
    if (fields) store.put(item.id, item.vector, fields);
    else store.remove(item.id);
  }
}
