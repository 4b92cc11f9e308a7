/**
 * One hnswlib graph (cosine) and its bookkeeping: room (resized as it fills), deleted slots
 * (reused by new points: allowReplaceDeleted), the number of live points. Labels are the store's;
 * a label may sit in this graph deleted (its job moved to another graph) and come back later.
 */
import hnswlib from 'hnswlib-node';
import type { HierarchicalNSW } from 'hnswlib-node';

export interface GraphParams {
  m: number;
  efConstruction: number;
  efSearch: number;
}

export interface GraphHits {
  labels: number[];
  similarities: number[];
}

export class GraphPart {
  /** Deleted slots not yet taken by a new point: while there are some, adding needs no room. */
  private vacant: number;
  private live: number;

  private constructor(
    private readonly graph: HierarchicalNSW,
    efSearch: number,
    live: number,
  ) {
    graph.setEf(efSearch);
    this.live = live;
    this.vacant = graph.getCurrentCount() - live;
    if (this.vacant < 0) throw new Error('graph holds fewer points than its labels say');
  }

  static create(dimensions: number, capacity: number, params: GraphParams): GraphPart {
    const graph = new hnswlib.HierarchicalNSW('cosine', dimensions);
    graph.initIndex({
      maxElements: Math.max(16, capacity),
      m: params.m,
      efConstruction: params.efConstruction,
      allowReplaceDeleted: true,
    });
    return new GraphPart(graph, params.efSearch, 0);
  }

  /** readIndex runs off the main thread; `labels` are the live ones the snapshot records here. */
  static async load(file: string, dimensions: number, params: GraphParams, labels: number[]): Promise<GraphPart> {
    const graph = new hnswlib.HierarchicalNSW('cosine', dimensions);
    await graph.readIndex(file, true);
    const inGraph = new Set(graph.getIdsList());
    if (labels.some((l) => !inGraph.has(l))) throw new Error('snapshot labels do not match its graph');
    return new GraphPart(graph, params.efSearch, labels.length);
  }

  /** Sync: the async writer reads the graph from another thread while it may change. */
  save(file: string): void {
    this.graph.writeIndexSync(file);
  }

  get size(): number {
    return this.live;
  }

  /** A label not live here: new, or deleted here before (its job moved away and back). */
  add(label: number, point: number[]): void {
    try {
      // hnswlib refuses to update a deleted point when deleted slots are reusable: revive it first.
      this.graph.unmarkDelete(label);
      this.vacant -= 1;
      this.graph.addPoint(point, label);
    } catch {
      if (this.vacant === 0 && this.graph.getCurrentCount() >= this.graph.getMaxElements()) {
        this.graph.resizeIndex(Math.ceil(this.graph.getMaxElements() * 1.5) + 16);
      }
      this.graph.addPoint(point, label, this.vacant > 0);
      if (this.vacant > 0) this.vacant -= 1;
    }
    this.live += 1;
  }

  /** A label live here, with a new vector. */
  update(label: number, point: number[]): void {
    this.graph.addPoint(point, label);
  }

  remove(label: number): void {
    this.graph.markDelete(label);
    this.vacant += 1;
    this.live -= 1;
  }

  /** The stored (normalized) vector: ~100 µs, for the rare move of a job to another graph. */
  point(label: number): number[] {
    return this.graph.getPoint(label);
  }

  search(point: number[], k: number, passes?: (label: number) => boolean): GraphHits {
    const n = Math.min(k, passes ? this.graph.getMaxElements() : this.live);
    if (n === 0 || this.live === 0) return { labels: [], similarities: [] };
    const { neighbors, distances } = passes ? this.graph.searchKnn(point, n, passes) : this.graph.searchKnn(point, n);
    return { labels: neighbors, similarities: distances.map((d) => 1 - d) };
  }
}
