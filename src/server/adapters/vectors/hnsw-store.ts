/**
 * One built in-process index: the hnswlib graph (cosine), the label <-> job id maps and the
 * jobs' filter fields. hnswlib-node is synchronous; HnswIndex owns the lifecycle around it.
 *
 * Labels are handed out once and never reused (a reused label could be confused with a deleted
 * slot that still carries it); removed points are marked deleted and their memory is taken by
 * the next new point (allowReplaceDeleted).
 */
import hnswlib from 'hnswlib-node';
import type { HierarchicalNSW } from 'hnswlib-node';
import type { JobFilterFields, ResolvedFilter } from './filter';
import { JobMetadata } from './job-metadata';
import type { VectorHit } from './types';
import { dot } from './vector-math';

export interface HnswParams {
  m: number;
  efConstruction: number;
  efSearch: number;
  /** At most this many matching jobs: rank them exactly instead of walking the graph. */
  exactBelow: number;
  /** At least this share of jobs passing a filter: over-fetch unfiltered, then filter. */
  overfetchAbove: number;
}

/** What a snapshot keeps besides the graph: which job and which content each label holds. */
export interface StoreLabels {
  nextLabel: number;
  /** [label, job id, row version ('' when unknown; see job-rows.ts)] for every live label. */
  labels: [number, string, string][];
}

export class HnswStore {
  private readonly ids: (string | undefined)[] = [];
  private readonly versions: string[] = [];
  private readonly labelOf = new Map<string, number>();
  readonly meta = new JobMetadata();
  private nextLabel = 0;
  /** Deleted slots not yet taken by a new point: while there are some, adding needs no room. */
  private vacant = 0;

  private constructor(
    private readonly graph: HierarchicalNSW,
    readonly dimensions: number,
    private readonly params: HnswParams,
  ) {
    graph.setEf(params.efSearch);
  }

  static create(dimensions: number, capacity: number, params: HnswParams): HnswStore {
    const graph = new hnswlib.HierarchicalNSW('cosine', dimensions);
    graph.initIndex({
      maxElements: Math.max(16, capacity),
      m: params.m,
      efConstruction: params.efConstruction,
      allowReplaceDeleted: true,
    });
    return new HnswStore(graph, dimensions, params);
  }

  /**
   * A store from a saved graph and its labels. Filter fields are not saved: the caller sets them
   * from the database (they change more often than vectors). readIndex runs off the main thread.
   */
  static async load(file: string, dimensions: number, params: HnswParams, saved: StoreLabels): Promise<HnswStore> {
    const graph = new hnswlib.HierarchicalNSW('cosine', dimensions);
    await graph.readIndex(file, true);
    const store = new HnswStore(graph, dimensions, params);
    const inGraph = new Set(graph.getIdsList());
    for (const [label, id, version] of saved.labels) {
      if (!inGraph.has(label) || label >= saved.nextLabel) throw new Error('snapshot labels do not match its graph');
      store.ids[label] = id;
      store.versions[label] = version;
      store.labelOf.set(id, label);
    }
    store.nextLabel = saved.nextLabel;
    store.vacant = graph.getCurrentCount() - saved.labels.length;
    if (store.vacant < 0) throw new Error('snapshot labels do not match its graph');
    return store;
  }

  /**
   * Writes the graph and returns the labels to save beside it, both as of this instant. Sync on
   * purpose (~1 s at 200,000 points): the async writer reads the graph from another thread while
   * upserts may change it, or resize it away.
   */
  save(file: string): StoreLabels {
    const labels: [number, string, string][] = [];
    for (const [id, label] of this.labelOf) labels.push([label, id, this.versions[label] ?? '']);
    this.graph.writeIndexSync(file);
    return { nextLabel: this.nextLabel, labels };
  }

  get size(): number {
    return this.labelOf.size;
  }

  /** The row version of the vector held for `id`: undefined when absent, '' when unknown. */
  versionOf(id: string): string | undefined {
    const label = this.labelOf.get(id);
    return label === undefined ? undefined : (this.versions[label] ?? '');
  }

  jobIds(): string[] {
    return [...this.labelOf.keys()];
  }

  /** Adds or replaces a job's vector (hnswlib normalizes it for cosine). */
  put(id: string, vector: Float32Array, fields: JobFilterFields, version = ''): void {
    const point = Array.from(vector);
    const existing = this.labelOf.get(id);
    if (existing !== undefined) {
      this.graph.addPoint(point, existing);
      this.meta.set(existing, fields);
      this.versions[existing] = version;
      return;
    }
    if (this.vacant === 0 && this.graph.getCurrentCount() >= this.graph.getMaxElements()) {
      this.graph.resizeIndex(Math.ceil(this.graph.getMaxElements() * 1.5) + 16);
    }
    const label = this.nextLabel++;
    this.graph.addPoint(point, label, this.vacant > 0);
    if (this.vacant > 0) this.vacant -= 1;
    this.ids[label] = id;
    this.versions[label] = version;
    this.labelOf.set(id, label);
    this.meta.set(label, fields);
  }

  remove(id: string): void {
    const label = this.labelOf.get(id);
    if (label === undefined) return;
    this.graph.markDelete(label);
    this.vacant += 1;
    this.labelOf.delete(id);
    this.ids[label] = undefined;
    this.versions[label] = '';
    this.meta.clear(label);
  }

  setFields(id: string, fields: JobFilterFields): void {
    const label = this.labelOf.get(id);
    if (label !== undefined) this.meta.set(label, fields);
  }

  /**
   * `query` must be unit length (see HnswIndex.query). A filter picks one of three paths by the
   * share of jobs passing it, estimated on a sample of labels:
   * - few pass (at most `exactBelow`): rank exactly those;
   * - most pass (`overfetchAbove`): search unfiltered for enough extra results that k pass,
   *   cheaper than calling the filter back from inside the graph search for every candidate;
   * - otherwise, or when over-fetching fell short: hnswlib's filtered search, which keeps
   *   exploring until it holds max(ef, k) passing points, so k come back whenever k pass.
   */
  search(query: Float32Array, k: number, filter: ResolvedFilter | undefined): VectorHit[] {
    if (this.size === 0) return [];
    const point = Array.from(query);
    if (!filter) return this.hits(this.graph.searchKnn(point, Math.min(k, this.size)));
    const passes = this.meta.predicate(filter);
    const share = this.estimateShare(passes);
    if (share * this.nextLabel <= this.params.exactBelow * 2) {
      const matching = this.matchingLabels(passes, this.params.exactBelow);
      if (matching.length <= this.params.exactBelow) return this.exact(query, matching, k);
    }
    if (share >= this.params.overfetchAbove) {
      const want = Math.min(this.size, Math.ceil((k / share) * 1.5) + 10);
      const kept = this.graph.searchKnn(point, want);
      const hits = this.hits(kept, passes);
      if (hits.length >= k) return hits.slice(0, k);
    }
    return this.hits(this.graph.searchKnn(point, Math.min(k, this.graph.getMaxElements()), passes));
  }

  /** Share of labels passing, from up to 2,048 evenly spaced ones (deleted labels count as failing). */
  private estimateShare(passes: (label: number) => boolean): number {
    const n = this.nextLabel;
    if (n === 0) return 0;
    const step = Math.max(1, Math.floor(n / 2_048));
    let seen = 0;
    let passed = 0;
    for (let label = 0; label < n; label += step) {
      seen++;
      if (passes(label)) passed++;
    }
    return passed / seen;
  }

  /** Labels passing the filter, stopping once there are more than `limit`. */
  private matchingLabels(passes: (label: number) => boolean, limit: number): number[] {
    const out: number[] = [];
    for (let label = 0; label < this.nextLabel; label++) {
      if (passes(label)) {
        out.push(label);
        if (out.length > limit) break;
      }
    }
    return out;
  }

  /** Brute force over a few labels; getPoint returns the stored (normalized) vector. */
  private exact(query: Float32Array, labels: readonly number[], k: number): VectorHit[] {
    const scored = labels.map((label) => ({ label, similarity: dot(query, this.graph.getPoint(label)) }));
    scored.sort((a, b) => b.similarity - a.similarity);
    return scored.slice(0, k).map(({ label, similarity }) => ({ id: this.ids[label] ?? '', similarity }));
  }

  private hits(result: { distances: number[]; neighbors: number[] }, passes?: (label: number) => boolean): VectorHit[] {
    const out: VectorHit[] = [];
    result.neighbors.forEach((label, i) => {
      if (!passes || passes(label)) out.push({ id: this.ids[label] ?? '', similarity: 1 - (result.distances[i] ?? 1) });
    });
    return out;
  }
}
