/** Vector checks and arithmetic shared by the adapters. */
import { MAX_K, VectorIndexError, type VectorInput } from './types';

/**
 * The vector as float32, after checking it can be compared under cosine: the index's dimension
 * (a vector of another model must never be compared), finite values, and a non-zero length
 * (cosine is undefined for the zero vector).
 */
export function checkVector(vector: VectorInput, dimensions: number, what = 'vector'): Float32Array {
  if (vector.length !== dimensions) {
    throw new VectorIndexError(
      'DIMENSION_MISMATCH',
      `${what} has ${vector.length} dimensions; this index holds ${dimensions}`,
    );
  }
  const out = vector instanceof Float32Array ? vector : Float32Array.from(vector);
  let sumSquares = 0;
  for (const x of out) {
    if (!Number.isFinite(x)) throw new VectorIndexError('INVALID_VECTOR', `${what} holds a non-finite value`);
    sumSquares += x * x;
  }
  if (sumSquares === 0) throw new VectorIndexError('INVALID_VECTOR', `${what} is the zero vector`);
  return out;
}

/** A unit-length copy, so that a dot product is the cosine similarity. */
export function unit(vector: Float32Array): Float32Array {
  let sumSquares = 0;
  for (const x of vector) sumSquares += x * x;
  const inv = 1 / Math.sqrt(sumSquares);
  return vector.map((x) => x * inv);
}

/** pgvector's text form: `[0.1,0.2,…]`. */
export const toVectorLiteral = (vector: Float32Array): string => `[${vector.join(',')}]`;

export function checkK(k: number): void {
  if (!Number.isInteger(k) || k < 1 || k > MAX_K) {
    throw new VectorIndexError('INVALID_ARGUMENT', `k must be an integer from 1 to ${MAX_K} (got ${k})`);
  }
}
