/**
 * The benchmark's baseline and ground truth: exact cosine search by brute force over every
 * vector (unit length, one Float32Array), with the filter checked on the same compact metadata
 * the in-process index uses. Ties at the k-th place are common enough in real data that recall
 * counts a hit as right when it is at least as similar as the exact k-th (see recallAt).
 */
import type { JobFilterFields, ResolvedFilter } from '@/server/adapters/vectors/filter';
import { JobMetadata } from '@/server/adapters/vectors/job-metadata';
import type { VectorHit } from '@/server/adapters/vectors/types';

export class ExactIndex {
  readonly ids: string[] = [];
  private readonly labelOf = new Map<string, number>();
  private readonly meta = new JobMetadata();
  private readonly matrix: Float32Array;

  constructor(
    readonly dimensions: number,
    capacity: number,
  ) {
    this.matrix = new Float32Array(capacity * dimensions);
  }

  get size(): number {
    return this.ids.length;
  }

  add(id: string, vector: Float32Array, fields: JobFilterFields): void {
    const label = this.ids.length;
    let norm = 0;
    for (const x of vector) norm += x * x;
    const inv = 1 / Math.sqrt(norm || 1);
    for (let i = 0; i < this.dimensions; i++) this.matrix[label * this.dimensions + i] = (vector[i] ?? 0) * inv;
    this.ids.push(id);
    this.labelOf.set(id, label);
    this.meta.set(label, fields);
  }

  /** Cosine similarity of a stored job to a unit query. */
  similarity(query: Float32Array, id: string): number {
    const label = this.labelOf.get(id);
    if (label === undefined) return Number.NEGATIVE_INFINITY;
    const d = this.dimensions;
    let s = 0;
    for (let i = 0; i < d; i++) s += (query[i] ?? 0) * (this.matrix[label * d + i] ?? 0);
    return s;
  }

  /** How many jobs pass the filter. */
  matching(filter: ResolvedFilter): number {
    const passes = this.meta.predicate(filter);
    let n = 0;
    for (let label = 0; label < this.ids.length; label++) if (passes(label)) n++;
    return n;
  }

  /** `query` must be unit length. */
  search(query: Float32Array, k: number, filter: ResolvedFilter): VectorHit[] {
    const passes = this.meta.predicate(filter);
    const d = this.dimensions;
    const m = this.matrix;
    // A sorted top-k kept in two small arrays: cheaper than sorting 200,000 scores.
    const topSim: number[] = [];
    const topLabel: number[] = [];
    for (let label = 0; label < this.ids.length; label++) {
      if (!passes(label)) continue;
      let s = 0;
      const base = label * d;
      for (let i = 0; i < d; i++) s += (query[i] ?? 0) * (m[base + i] ?? 0);
      if (topSim.length === k && s <= (topSim[k - 1] ?? -Infinity)) continue;
      let at = topSim.length;
      while (at > 0 && (topSim[at - 1] ?? 0) < s) at--;
      topSim.splice(at, 0, s);
      topLabel.splice(at, 0, label);
      if (topSim.length > k) {
        topSim.pop();
        topLabel.pop();
      }
    }
    return topLabel.map((label, i) => ({ id: this.ids[label] ?? '', similarity: topSim[i] ?? 0 }));
  }

  /**
   * Recall@k against the exact answer: the share of the k places filled by a job at least as
   * similar as the exact k-th (less 1e-5 for float rounding) and passing the filter, each once.
   */
  recallAt(
    query: Float32Array,
    got: readonly VectorHit[],
    exact: readonly VectorHit[],
    filter: ResolvedFilter,
  ): number {
    if (exact.length === 0) return got.length === 0 ? 1 : 0;
    const kth = exact[exact.length - 1]?.similarity ?? 0;
    const passes = this.meta.predicate(filter);
    const seen = new Set<string>();
    let right = 0;
    for (const hit of got.slice(0, exact.length)) {
      const label = this.labelOf.get(hit.id);
      if (label === undefined || seen.has(hit.id) || !passes(label)) continue;
      seen.add(hit.id);
      if (this.similarity(query, hit.id) >= kth - 1e-5) right++;
    }
    return right / exact.length;
  }
}
