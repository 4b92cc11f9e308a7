export { Bm25Index, BM25_DEFAULTS, bm25Idf, type Bm25Options } from './bm25';
export { cosine, dot, norm, normalize, type SparseVector } from './sparse-vector';
export { stem } from './stem';
export { buildIdf, documentFrequencies, smoothIdf, tfidfVector, type IdfTable } from './tfidf';
export { normalizeText, termCounts, termOf, tokenize } from './tokenize';
