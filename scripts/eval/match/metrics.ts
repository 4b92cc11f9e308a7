/**
 * Ranking metrics over graded judgments (2 = same occupation, 1 = related, 0 = neither).
 * NDCG@k uses gains 2^grade - 1 and the ideal ordering of the whole pool's judgments; P@k and MRR
 * count a hit at grade >= `minGrade` (1: any relevant; 2: same occupation only).
 */
export interface QueryMetrics {
  ndcg10: number;
  p10: number;
  mrr: number;
  p10Same: number;
  mrrSame: number;
}

const gain = (grade: number) => 2 ** grade - 1;

export function dcg(grades: readonly number[], k: number): number {
  let sum = 0;
  for (let i = 0; i < Math.min(k, grades.length); i++) sum += gain(grades[i] ?? 0) / Math.log2(i + 2);
  return sum;
}

/** `ranked`: grades in the method's order; `all`: every judgment of the pool (for the ideal). */
export function ndcgAt(ranked: readonly number[], all: ArrayLike<number>, k: number): number {
  const ideal = dcg(
    Array.from(all).sort((a, b) => b - a),
    k,
  );
  return ideal === 0 ? 0 : dcg(ranked, k) / ideal;
}

export function precisionAt(ranked: readonly number[], k: number, minGrade: number): number {
  return ranked.slice(0, k).filter((g) => g >= minGrade).length / k;
}

export function reciprocalRank(ranked: readonly number[], minGrade: number): number {
  const i = ranked.findIndex((g) => g >= minGrade);
  return i === -1 ? 0 : 1 / (i + 1);
}

export function queryMetrics(ranked: readonly number[], all: ArrayLike<number>): QueryMetrics {
  return {
    ndcg10: ndcgAt(ranked, all, 10),
    p10: precisionAt(ranked, 10, 1),
    mrr: reciprocalRank(ranked, 1),
    p10Same: precisionAt(ranked, 10, 2),
    mrrSame: reciprocalRank(ranked, 2),
  };
}

export function meanMetrics(rows: readonly QueryMetrics[]): QueryMetrics {
  const mean = (f: (m: QueryMetrics) => number) => rows.reduce((s, m) => s + f(m), 0) / Math.max(1, rows.length);
  return {
    ndcg10: mean((m) => m.ndcg10),
    p10: mean((m) => m.p10),
    mrr: mean((m) => m.mrr),
    p10Same: mean((m) => m.p10Same),
    mrrSame: mean((m) => m.mrrSame),
  };
}

/** Indices of the top k scores, best first; ties broken by index so rankings are deterministic. */
export function topK(scores: ArrayLike<number>, k: number): number[] {
  const idx = Array.from({ length: scores.length }, (_, i) => i);
  idx.sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
  return idx.slice(0, k);
}
