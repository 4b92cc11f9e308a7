/**
 * Latent semantic analysis: a TF-IDF term space folded onto a few hundred latent dimensions learned
 * from the O*NET occupation texts (lsa-train.ts), so that "registered nurse" and "patient care
 * charting" land near each other although they share no word. An embedding is the unit-length
 * projection of a text's TF-IDF vector: cosine similarity is then a dot product.
 *
 * The shipped model (data/models/, built by scripts/build-embedding-model.ts) stores the projection
 * as int8 with one float scale per term: 4x smaller than float32, and the rounding error (< 0.4%
 * of a row's largest weight) moves cosines by about 1e-3.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import { termCounts, tokenize } from './tokenize';

export interface LsaModel {
  dims: number;
  /** Term -> row of the projection. */
  terms: ReadonlyMap<string, number>;
  idf: Float32Array;
  /** terms x dims, row-major. */
  projection: Float32Array;
}

const MAGIC = 'GMJLSA1';
const headerSchema = z.object({
  magic: z.literal(MAGIC),
  dims: z.number().int().positive(),
  terms: z.array(z.string()),
  idf: z.array(z.number()),
  meta: z.record(z.string(), z.unknown()),
});

/** The unit-length embedding of a tokenized text; the zero vector when no term is known. */
export function embedTerms(model: LsaModel, terms: readonly string[]): Float32Array {
  const out = new Float64Array(model.dims);
  for (const [term, count] of termCounts(terms)) {
    const row = model.terms.get(term);
    if (row === undefined) continue;
    const w = (1 + Math.log(count)) * (model.idf[row] ?? 0);
    const base = row * model.dims;
    for (let d = 0; d < model.dims; d++) out[d] = (out[d] ?? 0) + w * (model.projection[base + d] ?? 0);
  }
  let norm = 0;
  for (const x of out) norm += x * x;
  norm = Math.sqrt(norm);
  return Float32Array.from(out, (x) => (norm === 0 ? 0 : x / norm));
}

export function embedText(model: LsaModel, text: string): Float32Array {
  return embedTerms(model, tokenize(text));
}

/** gzip( uint32 header length | header JSON | float32 row scales | int8 rows ). */
export function encodeLsaModel(model: LsaModel, meta: Record<string, unknown> = {}): Buffer {
  const terms = [...model.terms].sort((a, b) => a[1] - b[1]).map(([t]) => t);
  const header = Buffer.from(
    JSON.stringify({
      magic: MAGIC,
      dims: model.dims,
      terms,
      idf: [...model.idf].map((x) => Math.round(x * 1e4) / 1e4),
      meta,
    }),
  );
  const scales = new Float32Array(terms.length);
  const rows = new Int8Array(terms.length * model.dims);
  for (let r = 0; r < terms.length; r++) {
    let max = 0;
    for (let d = 0; d < model.dims; d++) max = Math.max(max, Math.abs(model.projection[r * model.dims + d] ?? 0));
    const scale = max === 0 ? 1 : max / 127;
    scales[r] = scale;
    for (let d = 0; d < model.dims; d++)
      rows[r * model.dims + d] = Math.round((model.projection[r * model.dims + d] ?? 0) / scale);
  }
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  return gzipSync(Buffer.concat([length, header, Buffer.from(scales.buffer), Buffer.from(rows.buffer)]), { level: 9 });
}

export function decodeLsaModel(gz: Buffer): { model: LsaModel; meta: Record<string, unknown> } {
  const raw = gunzipSync(gz);
  const headerLength = raw.readUInt32LE(0);
  const header = headerSchema.parse(JSON.parse(raw.subarray(4, 4 + headerLength).toString('utf8')));
  const n = header.terms.length;
  const scalesAt = 4 + headerLength;
  // Copied out: the Buffer's offset into its pool need not be 4-byte aligned for a Float32Array view.
  const scales = new Float32Array(raw.buffer.slice(raw.byteOffset + scalesAt, raw.byteOffset + scalesAt + n * 4));
  const rows = new Int8Array(raw.buffer.slice(raw.byteOffset + scalesAt + n * 4, raw.byteOffset + raw.length));
  if (rows.length !== n * header.dims) throw new Error('LSA model file is truncated or corrupt.');
  const projection = new Float32Array(n * header.dims);
  for (let r = 0; r < n; r++) {
    const scale = scales[r] ?? 0;
    for (let d = 0; d < header.dims; d++) projection[r * header.dims + d] = (rows[r * header.dims + d] ?? 0) * scale;
  }
  return {
    model: {
      dims: header.dims,
      terms: new Map(header.terms.map((t, i) => [t, i])),
      idf: Float32Array.from(header.idf),
      projection,
    },
    meta: header.meta,
  };
}
