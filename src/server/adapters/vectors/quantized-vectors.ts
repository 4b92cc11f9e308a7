/**
 * An int8 copy of the in-process index's vectors (1 byte a dimension plus a scale: a quarter of
 * float32), for ranking small filtered sets exactly. hnswlib holds the float32 vectors but hands
 * one back in ~100 µs (getPoint builds a JS array element by element), far too slow to rank a
 * few thousand; a float32 copy would double the index's memory.
 *
 * Each unit vector is scaled so its largest component maps to 127: the rounding error of a
 * cosine is ~1e-3, below the gap between neighbours that matters for ranking.
 */
import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

export class QuantizedVectors {
  private codes: Int8Array;
  private scales: Float32Array;

  constructor(
    readonly dimensions: number,
    capacity = 0,
  ) {
    this.codes = new Int8Array(capacity * dimensions);
    this.scales = new Float32Array(capacity);
  }

  private ensureCapacity(label: number): void {
    if (label < this.scales.length) return;
    const size = Math.max(1_024, this.scales.length * 2, label + 1);
    const codes = new Int8Array(size * this.dimensions);
    codes.set(this.codes);
    const scales = new Float32Array(size);
    scales.set(this.scales);
    this.codes = codes;
    this.scales = scales;
  }

  /** `unit` must be unit length. */
  set(label: number, unit: Float32Array): void {
    this.ensureCapacity(label);
    let max = 0;
    for (const x of unit) max = Math.max(max, Math.abs(x));
    const scale = max === 0 ? 0 : max / 127;
    const base = label * this.dimensions;
    for (let i = 0; i < this.dimensions; i++)
      this.codes[base + i] = scale === 0 ? 0 : Math.round((unit[i] ?? 0) / scale);
    this.scales[label] = scale;
  }

  /** ≈ cosine similarity of the stored vector to a unit `query` (float64: ~1.7x faster than float32 here). */
  similarity(label: number, query: Float64Array): number {
    const d = this.dimensions;
    const codes = this.codes;
    const base = label * d;
    let s = 0;
    for (let i = 0; i < d; i++) s += query[i]! * codes[base + i]!;
    return s * this.scales[label]!;
  }

  /**
   * The k of `labels` most similar to a unit `query`, best first. A bounded insertion list keeps
   * the top k: most labels fail the first comparison, so nothing is sorted but k entries.
   */
  topK(query: Float32Array, labels: readonly number[], k: number): { label: number; similarity: number }[] {
    const q = Float64Array.from(query);
    const { codes, scales, dimensions: d } = this;
    const sims: number[] = [];
    const top: number[] = [];
    for (const label of labels) {
      // The dot product inline and 4-way unrolled: twice as fast as a call per label here.
      const base = label * d;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      let i = 0;
      for (; i + 3 < d; i += 4) {
        s0 += q[i]! * codes[base + i]!;
        s1 += q[i + 1]! * codes[base + i + 1]!;
        s2 += q[i + 2]! * codes[base + i + 2]!;
        s3 += q[i + 3]! * codes[base + i + 3]!;
      }
      for (; i < d; i++) s0 += q[i]! * codes[base + i]!;
      const s = (s0 + s1 + s2 + s3) * scales[label]!;
      if (sims.length === k && s <= sims[k - 1]!) continue;
      let at = sims.length;
      while (at > 0 && sims[at - 1]! < s) at--;
      sims.splice(at, 0, s);
      top.splice(at, 0, label);
      if (sims.length > k) {
        sims.pop();
        top.pop();
      }
    }
    return top.map((label, i) => ({ label, similarity: sims[i]! }));
  }

  /**
   * Saved as the scales then the codes, up to `labels` (the next label to hand out). Sync, like
   * the graph beside it: both must show the same instant.
   */
  save(file: string, labels: number): void {
    this.ensureCapacity(Math.max(0, labels - 1));
    const scales = new Uint8Array(this.scales.buffer, 0, labels * 4);
    const codes = new Uint8Array(this.codes.buffer, 0, labels * this.dimensions);
    writeFileSync(file, Buffer.concat([scales, codes]));
  }

  static async load(file: string, dimensions: number, labels: number): Promise<QuantizedVectors> {
    const bytes = await readFile(file);
    if (bytes.length !== labels * (4 + dimensions)) throw new Error('quantized vectors do not match the snapshot');
    const out = new QuantizedVectors(dimensions, labels);
    // Copied into fresh (aligned) arrays: a Buffer from readFile may sit at any offset of a pool.
    out.scales.set(new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + labels * 4)));
    out.codes.set(new Int8Array(bytes.buffer, bytes.byteOffset + labels * 4, labels * dimensions));
    return out;
  }
}
