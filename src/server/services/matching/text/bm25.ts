/**
 * Okapi BM25 over a fixed document set (the baseline every ranking is measured against):
 * score(q, d) = sum over query terms t, counted with repetition, of
 *   idf(t) * tf(t, d) * (k1 + 1) / (tf(t, d) + k1 * (1 - b + b * |d| / avgdl)),
 * with idf(t) = ln(1 + (N - df + 0.5) / (df + 0.5)) (never negative).
 */
import { termCounts } from './tokenize';

export interface Bm25Options {
  k1?: number;
  b?: number;
}

export const BM25_DEFAULTS = { k1: 1.2, b: 0.75 } as const;

export function bm25Idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

export class Bm25Index {
  private readonly postings = new Map<string, { doc: number; tf: number }[]>();
  private readonly lengths: Float64Array;
  private readonly avgdl: number;
  private readonly k1: number;
  private readonly b: number;

  constructor(documents: readonly (readonly string[])[], options: Bm25Options = {}) {
    this.k1 = options.k1 ?? BM25_DEFAULTS.k1;
    this.b = options.b ?? BM25_DEFAULTS.b;
    this.lengths = new Float64Array(documents.length);
    let total = 0;
    documents.forEach((terms, doc) => {
      this.lengths[doc] = terms.length;
      total += terms.length;
      for (const [t, tf] of termCounts(terms)) {
        let list = this.postings.get(t);
        if (!list) this.postings.set(t, (list = []));
        list.push({ doc, tf });
      }
    });
    this.avgdl = documents.length === 0 ? 0 : total / documents.length;
  }

  get size(): number {
    return this.lengths.length;
  }

  idf(term: string): number {
    return bm25Idf(this.size, this.postings.get(term)?.length ?? 0);
  }

  /** Scores of every document for a tokenized query, indexed like the documents. */
  scores(query: readonly string[]): Float64Array {
    const out = new Float64Array(this.size);
    const { k1, b, avgdl } = this;
    for (const [term, repeats] of termCounts(query)) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = bm25Idf(this.size, list.length) * repeats;
      for (const { doc, tf } of list) {
        const dl = this.lengths[doc] ?? 0;
        out[doc] = (out[doc] ?? 0) + (idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * dl) / (avgdl || 1)));
      }
    }
    return out;
  }
}
