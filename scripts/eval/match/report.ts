/** bench/results/eval-match.json in the shape of /work/shared/BENCHMARKS.md, plus the full tables. */
import type { QueryMetrics } from './metrics';
import { METHODS, type Method, type SettingResult, type Summary } from './evaluate';

export const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;

const metricsOf = (m: QueryMetrics) => ({
  ndcg10: round(m.ndcg10),
  p10: round(m.p10),
  mrr: round(m.mrr),
  p10_same: round(m.p10Same),
  mrr_same: round(m.mrrSame),
});

export const summaryRow = (s: Summary) => ({
  ...metricsOf(s.all),
  ndcg10_dev: round(s.dev.ndcg10),
  ndcg10_holdout: round(s.holdout.ndcg10),
  ndcg10_real_postings_only: round(s.real.ndcg10),
});

export function table(result: SettingResult) {
  const bm25 = result.methods.bm25.all.ndcg10;
  return (Object.keys(METHODS) as Method[]).map((m) => ({
    method: m,
    label: METHODS[m],
    ...summaryRow(result.methods[m]),
    ndcg10_vs_bm25: round(result.methods[m].all.ndcg10 / bm25, 2),
  }));
}

/** The flat `metrics` object: `<method>_<metric>`, prefixed `notitle_` for the harder setting. */
export function flatMetrics(settings: { title: SettingResult; notitle: SettingResult }): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [setting, result] of Object.entries(settings)) {
    const prefix = setting === 'title' ? '' : 'notitle_';
    for (const row of table(result)) {
      out[`${prefix}${row.method}_ndcg10`] = row.ndcg10;
      out[`${prefix}${row.method}_p10`] = row.p10;
      out[`${prefix}${row.method}_mrr`] = row.mrr;
    }
    const m = result.methods;
    out[`${prefix}composite_vs_bm25_ndcg10`] = round(m.composite.all.ndcg10 / m.bm25.all.ndcg10, 3);
    out[`${prefix}composite_vs_bm25_ndcg10_holdout`] = round(m.composite.holdout.ndcg10 / m.bm25.holdout.ndcg10, 3);
  }
  return out;
}
