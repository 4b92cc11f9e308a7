/** Sparse vectors keyed by term, and the operations ranking needs on them. */
export type SparseVector = Map<string, number>;

export function norm(v: SparseVector): number {
  let sum = 0;
  for (const w of v.values()) sum += w * w;
  return Math.sqrt(sum);
}

/** A copy scaled to unit length; the zero vector stays zero. */
export function normalize(v: SparseVector): SparseVector {
  const n = norm(v);
  if (n === 0) return new Map(v);
  const out: SparseVector = new Map();
  for (const [k, w] of v) out.set(k, w / n);
  return out;
}

export function dot(a: SparseVector, b: SparseVector): number {
  // Iterate the shorter one: a query of 10 terms against a 500-term document costs 10 lookups.
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [k, w] of small) {
    const other = large.get(k);
    if (other !== undefined) sum += w * other;
  }
  return sum;
}

/** Cosine similarity; 0 when either vector is zero. */
export function cosine(a: SparseVector, b: SparseVector): number {
  const denominator = norm(a) * norm(b);
  // Clamped: with tiny or huge components, rounding can land a hair outside [-1, 1].
  return denominator === 0 ? 0 : Math.min(1, Math.max(-1, dot(a, b) / denominator));
}
