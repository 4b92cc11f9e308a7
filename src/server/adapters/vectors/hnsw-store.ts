/**
 * One built in-process index: the hnswlib graphs (cosine), the label <-> job id maps, the int8
 * copy of the vectors and the jobs' filter fields. hnswlib-node is synchronous; HnswIndex owns
 * the lifecycle around it.
 *
 * Labels are handed out once and never reused (a reused label could be confused with a deleted
 * slot that still carries it); removed points are marked deleted and their memory is taken by
 * the next new point (allowReplaceDeleted).
 */
import path from 'node:path';
import { REMOTE_TYPES, type RemoteType } from '@/lib/validators/enums';
import type { JobFilterFields, ResolvedFilter } from './filter';
import { GraphPart, type GraphHits, type GraphParams } from './hnsw-graph';
import { JobMetadata } from './job-metadata';
import { QuantizedVectors } from './quantized-vectors';
import type { VectorHit } from './types';
import { unit } from './vector-math';

/** hnswlib's SIMD distances against the JS int8 loop of the exact path, per multiply-add. */
const NATIVE_SPEEDUP = 6;
/** A filter passed by at least this share of jobs is answered by a deeper unfiltered search. */
const COMMON = 0.25;
const QUANTIZED_FILE = 'quantized.bin';

export interface HnswParams extends GraphParams {
  /** At most this many matching jobs: rank them exactly instead of walking the graph. */
  exactBelow: number;
  /** The deepest unfiltered search tried first (deeper costs more than the other paths). */
  maxProbe: number;
  /**
   * What one candidate of a filtered graph search costs, in multiply-adds of an exact scan
   * (measured: ~4 µs against ~2.4 ns).
   */
  candidateCost: number;
}

/** What a snapshot keeps besides the graphs: which job, content and graph each label holds. */
export interface StoreLabels {
  nextLabel: number;
  /** [label, job id, row version ('' when unknown; see job-rows.ts), graph] for every live label. */
  labels: [number, string, string, number][];
}

/** The conditions left once the graphs are chosen by remote type. */
const needsCheck = (f: ResolvedFilter): boolean =>
  f.openOnly || !!f.jobTypes || f.salaryMin !== undefined || f.location !== undefined;

/** The usual share of each remote type (onsite, hybrid, remote): each graph's starting room. */
const PART_SHARE = [0.75, 0.2, 0.12];

/**
 * One graph per remote type: a job lives in the graph of its remote type. "Remote only", the
 * most common and one of the most selective filters a seeker sets, then searches one small
 * graph unfiltered instead of walking the whole one past every onsite job; a query without it
 * searches the three and merges (~3 small searches). Other filters go the ways `search` lists.
 */
export class HnswStore {
  private readonly ids: (string | undefined)[] = [];
  private readonly versions: string[] = [];
  private readonly labelOf = new Map<string, number>();
  /** Index in REMOTE_TYPES of the graph holding each live label. */
  private partOf = new Uint8Array(0);
  readonly meta = new JobMetadata();
  private nextLabel = 0;

  private constructor(
    private readonly parts: GraphPart[],
    readonly dimensions: number,
    private readonly params: HnswParams,
    private readonly quantized: QuantizedVectors,
  ) {}

  /** `capacity`: expected jobs; each graph starts with room for its usual share and grows. */
  static create(dimensions: number, capacity: number, params: HnswParams): HnswStore {
    const parts = REMOTE_TYPES.map((_, i) =>
      GraphPart.create(dimensions, Math.ceil(capacity * (PART_SHARE[i] ?? 1)), params),
    );
    return new HnswStore(parts, dimensions, params, new QuantizedVectors(dimensions, capacity));
  }

  /**
   * A store from a saved folder (see save). Filter fields are not saved: the caller sets them
   * from the database (they change more often than vectors).
   */
  static async load(dir: string, dimensions: number, params: HnswParams, saved: StoreLabels): Promise<HnswStore> {
    const quantized = await QuantizedVectors.load(path.join(dir, QUANTIZED_FILE), dimensions, saved.nextLabel);
    const parts = await Promise.all(
      REMOTE_TYPES.map((_, i) =>
        GraphPart.load(
          path.join(dir, `graph-${i}.bin`),
          dimensions,
          params,
          saved.labels.filter((l) => l[3] === i).map((l) => l[0]),
        ),
      ),
    );
    const store = new HnswStore(parts, dimensions, params, quantized);
    for (const [label, id, version, part] of saved.labels) {
      if (label >= saved.nextLabel) throw new Error('snapshot labels do not match its graphs');
      store.place(label, id, version, part);
    }
    store.nextLabel = saved.nextLabel;
    return store;
  }

  /**
   * Writes the graphs and the int8 copy into `dir` and returns the labels to save beside them,
   * all as of this instant: sync on purpose (~1 s at 200,000 points), since upserts may change a
   * graph while an async writer reads it from another thread.
   */
  save(dir: string): StoreLabels {
    const labels: StoreLabels['labels'] = [];
    for (const [id, label] of this.labelOf)
      labels.push([label, id, this.versions[label] ?? '', this.partOf[label] ?? 0]);
    this.parts.forEach((part, i) => part.save(path.join(dir, `graph-${i}.bin`)));
    this.quantized.save(path.join(dir, QUANTIZED_FILE), this.nextLabel);
    return { nextLabel: this.nextLabel, labels };
  }

  private place(label: number, id: string, version: string, part: number): void {
    if (label >= this.partOf.length) {
      const grown = new Uint8Array(Math.max(1_024, this.partOf.length * 2, label + 1));
      grown.set(this.partOf);
      this.partOf = grown;
    }
    this.ids[label] = id;
    this.versions[label] = version;
    this.labelOf.set(id, label);
    this.partOf[label] = part;
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

  /** Adds or replaces a job's vector (any length but zero). */
  put(id: string, vector: Float32Array, fields: JobFilterFields, version = ''): void {
    const normalized = unit(vector);
    const point = Array.from(normalized);
    const part = REMOTE_TYPES.indexOf(fields.remoteType);
    const existing = this.labelOf.get(id);
    const label = existing ?? this.nextLabel++;
    if (existing !== undefined && this.partOf[existing] === part) {
      this.parts[part]?.update(label, point);
    } else {
      if (existing !== undefined) this.parts[this.partOf[existing] ?? 0]?.remove(existing);
      this.parts[part]?.add(label, point);
    }
    this.place(label, id, version, part);
    this.quantized.set(label, normalized);
    this.meta.set(label, fields);
  }

  remove(id: string): void {
    const label = this.labelOf.get(id);
    if (label === undefined) return;
    this.parts[this.partOf[label] ?? 0]?.remove(label);
    this.labelOf.delete(id);
    this.ids[label] = undefined;
    this.versions[label] = '';
    this.meta.clear(label);
  }

  /** New filter fields; a new remote type moves the job's vector to that graph. */
  setFields(id: string, fields: JobFilterFields): void {
    const label = this.labelOf.get(id);
    if (label === undefined) return;
    const from = this.partOf[label] ?? 0;
    const to = REMOTE_TYPES.indexOf(fields.remoteType);
    if (from !== to) {
      const point = this.parts[from]?.point(label) ?? [];
      this.parts[from]?.remove(label);
      this.parts[to]?.add(label, point);
      this.partOf[label] = to;
    }
    this.meta.set(label, fields);
  }

  /**
   * `query` must be unit length (see HnswIndex.query). Searches the graphs of the remote types
   * the filter admits and merges. Other conditions are met by the cheapest of three ways:
   * 1. an unfiltered search of each graph, a little deeper than k when the filter is common,
   *    keeps those passing: enough when the filter is common among the query's neighbours;
   * 2. ranking every passing job exactly, on the int8 copy: cost ∝ passing jobs x dimensions
   *    (taken first when so few pass that it costs less than step 1);
   * 3. hnswlib's filtered search, which explores until it holds max(ef, k) passing points, so k
   *    come back whenever k pass: cost ∝ ef / (share passing near the query), each candidate
   *    calling the JS filter back (~1 µs) besides its distances.
   * Step 1 measures the share passing near the query, which prices 2 against 3.
   */
  search(query: Float32Array, k: number, filter: ResolvedFilter | undefined): VectorHit[] {
    const point = Array.from(query);
    const parts = this.partsFor(filter);
    const inParts = parts.reduce((n, i) => n + (this.parts[i]?.size ?? 0), 0);
    if (inParts === 0) return [];
    if (!filter || !needsCheck(filter))
      return this.merge(
        parts.map((i) => this.parts[i]?.search(point, k)),
        k,
      );
    const passes = this.meta.predicate(filter);
    // Sampled over all labels handed out (removed ones fail): an estimate of the jobs passing.
    const matching = this.meta.share(filter, this.nextLabel) * this.nextLabel;
    const share = matching / inParts;
    const ef = Math.max(this.params.efSearch, k);
    // Few enough pass that ranking them all costs less than the probe would (~2M distances per
    // node it expands, computed natively ~6x faster than the JS int8 loop): rank them at once.
    const probeCost = (parts.length * ef * 2 * this.params.m * this.dimensions) / NATIVE_SPEEDUP;
    if (matching <= this.params.exactBelow && matching * this.dimensions <= probeCost) {
      const labels = this.meta.collect(filter, this.nextLabel, this.params.exactBelow);
      if (labels.length <= this.params.exactBelow) return this.exact(query, labels, k);
    }
    // A common filter: twice the expected need (near neighbours pass less often than average
    // when the filter correlates with the topic). A rarer one: a cheap look at the neighbourhood.
    const depth = Math.min(this.params.maxProbe, share >= COMMON ? Math.max(ef, Math.ceil((k / share) * 2) + 10) : ef);
    const probes = parts.map((i) => this.parts[i]?.search(point, depth));
    const seen = probes.reduce((n, p) => n + (p?.labels.length ?? 0), 0);
    // A graph that returned all `depth` asked may hold more below its last hit: only hits at
    // least that similar are sure to be the best of every graph.
    const floor = Math.max(
      ...probes.map((p, j) =>
        p && p.labels.length === depth && depth < (this.parts[parts[j] ?? 0]?.size ?? 0)
          ? (p.similarities[depth - 1] ?? -1)
          : -Infinity,
      ),
    );
    const probe = this.merge(probes, k, passes).filter((h) => h.similarity >= floor);
    // Enough passed, or the probe saw every job: nothing further can be found.
    if (probe.length >= k || seen >= inParts) return probe;
    const nearShare = (probe.length + 1) / (seen + 1);
    const graphCost = (ef / nearShare) * this.params.candidateCost * parts.length;
    if (matching <= this.params.exactBelow && matching * this.dimensions <= graphCost) {
      const labels = this.meta.collect(filter, this.nextLabel, this.params.exactBelow);
      if (labels.length <= this.params.exactBelow) return this.exact(query, labels, k);
    }
    return this.merge(
      parts.map((i) => this.parts[i]?.search(point, k, passes)),
      k,
    );
  }

  /** Indexes of the graphs worth searching: those of the remote types the filter admits. */
  private partsFor(filter: ResolvedFilter | undefined): number[] {
    const all = REMOTE_TYPES.map((_, i) => i);
    if (!filter) return all;
    const types = filter.remoteTypes;
    return types ? all.filter((i) => types.includes(REMOTE_TYPES[i] as RemoteType)) : all;
  }

  /** The best k of several graphs' hits, those passing only when `passes` is given. */
  private merge(results: (GraphHits | undefined)[], k: number, passes?: (label: number) => boolean): VectorHit[] {
    const out: VectorHit[] = [];
    for (const r of results) {
      r?.labels.forEach((label, i) => {
        if (!passes || passes(label)) out.push({ id: this.ids[label] ?? '', similarity: r.similarities[i] ?? 0 });
      });
    }
    return out.sort((a, b) => b.similarity - a.similarity).slice(0, k);
  }

  /** Brute force over the labels given, on the int8 copy. */
  private exact(query: Float32Array, labels: readonly number[], k: number): VectorHit[] {
    return this.quantized
      .topK(query, labels, k)
      .map(({ label, similarity }) => ({ id: this.ids[label] ?? '', similarity }));
  }
}
