/**
 * Trains an LSA projection: TF-IDF document vectors X (documents x terms, rows unit length), then
 * the top-k eigenvectors U of the document Gram matrix X X^T = U S^2 U^T, from which the term
 * projection is V = X^T U S^-1 (the right singular vectors of X). Working on the Gram matrix keeps
 * the dense problem at documents x documents (~1k x 1k for O*NET) instead of terms x terms.
 * Used by scripts/build-embedding-model.ts and tests; the app only loads the result (lsa.ts).
 */
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import type { LsaModel } from './lsa';
import { smoothIdf } from './tfidf';
import { termCounts } from './tokenize';

export interface LsaTrainOptions {
  dims: number;
  /** Terms in fewer documents are left out of the vocabulary (they cannot co-occur with anything). */
  minDf: number;
  /**
   * Each latent dimension is scaled by singular value^power: 0 weighs all dimensions alike, 1
   * weighs them by how much of the corpus they explain (less noise from the weak ones).
   */
  power: number;
  /** Drop the first dimension (the corpus's mean direction, shared by every document). */
  dropFirst: boolean;
}

export interface LsaTraining {
  model: LsaModel;
  /** The kept singular values, strongest first. */
  singularValues: number[];
}

export function trainLsa(documents: readonly (readonly string[])[], options: LsaTrainOptions): LsaTraining {
  const counts = documents.map((d) => termCounts(d));
  const df = new Map<string, number>();
  for (const c of counts) for (const t of c.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const vocabulary = [...df]
    .filter(([, d]) => d >= options.minDf)
    .map(([t]) => t)
    .sort();
  const termIndex = new Map(vocabulary.map((t, i) => [t, i]));
  const idf = Float32Array.from(vocabulary, (t) => smoothIdf(documents.length, df.get(t) ?? 0));

  // Sparse rows of X, unit length.
  const rows = counts.map((c) => {
    const entries: [number, number][] = [];
    for (const [t, n] of c) {
      const i = termIndex.get(t);
      if (i !== undefined) entries.push([i, (1 + Math.log(n)) * (idf[i] ?? 0)]);
    }
    const norm = Math.sqrt(entries.reduce((s, [, w]) => s + w * w, 0)) || 1;
    return entries.map(([i, w]): [number, number] => [i, w / norm]);
  });

  // Gram matrix through term postings: sum over terms of w_i * w_j for the documents sharing it.
  const postings: [number, number][][] = vocabulary.map(() => []);
  rows.forEach((r, doc) => r.forEach(([t, w]) => postings[t]?.push([doc, w])));
  const n = documents.length;
  const gram = Matrix.zeros(n, n);
  for (const list of postings) {
    for (const [a, wa] of list) for (const [b, wb] of list) gram.set(a, b, gram.get(a, b) + wa * wb);
  }

  const evd = new EigenvalueDecomposition(gram, { assumeSymmetric: true });
  // Ascending from ml-matrix: walk from the end for the strongest.
  const order = evd.realEigenvalues.map((v, i) => [v, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const kept = order.slice(options.dropFirst ? 1 : 0, (options.dropFirst ? 1 : 0) + options.dims);
  const u = evd.eigenvectorMatrix;
  const dims = kept.length;
  const projection = new Float32Array(vocabulary.length * dims);
  kept.forEach(([lambda, col], d) => {
    const s = Math.sqrt(Math.max(lambda, 1e-12));
    // An eigenvector's sign is arbitrary: fix it (largest component positive) for a reproducible file.
    let sign = 1;
    let largest = 0;
    for (let i = 0; i < n; i++) {
      const v = u.get(i, col);
      if (Math.abs(v) > largest) [largest, sign] = [Math.abs(v), Math.sign(v) || 1];
    }
    const scale = (sign * s ** options.power) / s;
    rows.forEach((r, doc) => {
      const ud = u.get(doc, col) * scale;
      for (const [t, w] of r) projection[t * dims + d] = (projection[t * dims + d] ?? 0) + w * ud;
    });
  });
  return {
    model: { dims, terms: termIndex, idf, projection },
    singularValues: kept.map(([lambda]) => Math.sqrt(Math.max(lambda, 0))),
  };
}
