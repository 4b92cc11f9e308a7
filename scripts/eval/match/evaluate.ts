/**
 * Runs every method on every query of one setting and averages the metrics: over all queries,
 * the dev half and the holdout half (choices were made on dev), and over the real postings only
 * (the generated postings come from O*NET, which flatters the O*NET-based methods).
 */
import { SEMANTIC_MIX } from '@/server/services/matching/semantic';
import { realPostingIndices, type PoolJob } from './postings';
import type { QueryFeatures } from './features';
import { meanMetrics, queryMetrics, topK, type QueryMetrics } from './metrics';
import { type Rankers, mix, zscore, type MatchScores, type Scores } from './rankers';
import type { ResumeQuery } from './resumes';

export const METHODS = {
  bm25: 'Okapi BM25 (k1 1.2, b 0.75)',
  tfidf: 'TF-IDF cosine',
  embedding: 'Embeddings alone (offline model)',
  lexical: 'Lexical share alone (text/lexical.ts: profile words the job uses, O*NET IDF)',
  occupation: 'Occupation similarity alone (occupations refined by the nearest jobs)',
  semantic_own: "Semantic (semantic.ts), the profile's own occupation guess",
  semantic: 'Semantic (semantic.ts), occupations refined by the nearest jobs (refine-occupations.ts)',
  structured: 'Structured score alone (scoreMatch, semantic unavailable)',
  composite_own: "Composite (scoreMatch: 0.6 semantic + 0.4 structured), the profile's own occupation guess",
  composite: 'Composite (scoreMatch: 0.6 semantic + 0.4 structured), occupations refined by the nearest jobs',
} as const;
export type Method = keyof typeof METHODS;

/** Alternatives to semantic.ts measured in the same run (the composite uses the default weights). */
const stretch = (cos: Scores, floor: number, ceiling: number) =>
  Float64Array.from(cos, (c) => Math.min(1, Math.max(0, (c - floor) / (ceiling - floor))));
const words = (lex: Scores, ceiling: number) => Float64Array.from(lex, (l) => Math.min(1, l / ceiling));
export const SEMANTIC_VARIANTS: Record<string, (emb: Scores, occ: Scores, lex: Scores) => Scores> = {
  'cosine stretched only': (emb) => stretch(emb, SEMANTIC_MIX.cosineFloor, SEMANTIC_MIX.cosineCeiling),
  'raw cosine only (clamped to [0,1])': (emb) => stretch(emb, 0, 1),
  'occupation only': (_emb, occ) => occ,
  ...Object.fromEntries(
    [0.5, 0.6, 0.7, 0.8, 0.9].map((a) => [
      `${a} occupation + ${Math.round((1 - a) * 10) / 10} stretched cosine`,
      (emb: Scores, occ: Scores) =>
        mix([
          [occ, a],
          [stretch(emb, SEMANTIC_MIX.cosineFloor, SEMANTIC_MIX.cosineCeiling), 1 - a],
        ]),
    ]),
  ),
  '0.8 occupation + 0.2 raw cosine (not stretched)': (emb, occ) =>
    mix([
      [occ, 0.8],
      [stretch(emb, 0, 1), 0.2],
    ]),
  '0.8 occupation + 0.2 cosine stretched over [0.1, 0.6]': (emb, occ) =>
    mix([
      [occ, 0.8],
      [stretch(emb, 0.1, 0.6), 0.2],
    ]),
  // The lexical share: weight x ceiling grid, the occupation at 0.7 or 0.6, the cosine taking the rest.
  ...Object.fromEntries(
    [0.6, 0.7].flatMap((o) =>
      [0.1, 0.15, 0.2, 0.3].flatMap((l) =>
        [0.25, 0.35, 0.5].map((c) => [
          `${o} occupation + ${Math.round((1 - o - l) * 100) / 100} stretched cosine + ${l} lexical (ceiling ${c})`,
          (emb: Scores, occ: Scores, lex: Scores) =>
            mix([
              [occ, o],
              [stretch(emb, SEMANTIC_MIX.cosineFloor, SEMANTIC_MIX.cosineCeiling), 1 - o - l],
              [words(lex, c), l],
            ]),
        ]),
      ),
    ),
  ),
};

/** Composite shares and traditional weights other than the seed's, from the same factor scores. */
export const WEIGHT_VARIANTS: Record<string, (m: MatchScores, sem: Scores) => Scores> = {
  'default: 0.6 semantic + 0.4 traditional': (m) => m.composite,
  ...Object.fromEntries(
    [0.7, 0.8, 0.9, 1].map((s) => [
      `${s} semantic + ${Math.round((1 - s) * 10) / 10} traditional`,
      (m: MatchScores, sem: Scores) =>
        mix([
          [sem, s],
          [m.traditional, 1 - s],
        ]),
    ]),
  ),
  'traditional: skills alone': (m) => m.factors.skills,
  'traditional: experience alone': (m) => m.factors.experience,
  'traditional: location alone': (m) => m.factors.location,
  'traditional: salary alone': (m) => m.factors.salary,
  '0.6 semantic + 0.4 skills': (m, sem) =>
    mix([
      [sem, 0.6],
      [m.factors.skills, 0.4],
    ]),
};

/** Per-query z-score mix: not a per-pair function, so not deployable; shown as a reference. */
export const zMix = (emb: Scores, occ: Scores) =>
  mix([
    [zscore(emb), 0.5],
    [zscore(occ), 0.5],
  ]);

export interface Summary {
  all: QueryMetrics;
  dev: QueryMetrics;
  holdout: QueryMetrics;
  /** Real postings only, over the queries that have a relevant real posting. */
  real: QueryMetrics;
}

export class Collector<K extends string = string> {
  private readonly rows = new Map<
    string,
    { all: QueryMetrics[]; dev: QueryMetrics[]; holdout: QueryMetrics[]; real: QueryMetrics[] }
  >();

  constructor(private readonly realIndex: number[]) {}

  add(name: K, q: ResumeQuery, grades: Uint8Array, scores: Scores): void {
    let row = this.rows.get(name);
    if (!row) this.rows.set(name, (row = { all: [], dev: [], holdout: [], real: [] }));
    const m = queryMetrics(
      topK(scores, 10).map((i) => grades[i] ?? 0),
      grades,
    );
    row.all.push(m);
    row[q.split].push(m);
    const realGrades = this.realIndex.map((i) => grades[i] ?? 0);
    if (realGrades.some((g) => g > 0)) {
      const realScores = Float64Array.from(this.realIndex, (i) => scores[i] ?? 0);
      row.real.push(
        queryMetrics(
          topK(realScores, 10).map((i) => realGrades[i] ?? 0),
          realGrades,
        ),
      );
    }
  }

  summaries(): Record<K, Summary> {
    // Keys are exactly the names added.
    return Object.fromEntries(
      [...this.rows].map(([name, r]) => [
        name,
        {
          all: meanMetrics(r.all),
          dev: meanMetrics(r.dev),
          holdout: meanMetrics(r.holdout),
          real: meanMetrics(r.real),
        },
      ]),
    ) as Record<K, Summary>;
  }
}

export interface SettingResult {
  methods: Record<Method, Summary>;
  semanticVariants: Record<string, { semantic: Summary; composite: Summary }>;
  weightVariants: Record<string, Summary>;
  reference: Record<string, Summary>;
  /** Offline-model cosine percentiles over all query-job pairs (for the stretch in semantic.ts). */
  cosinePercentiles: Record<string, number>;
  queriesWithRealRelevant: number;
}

export function evaluateSetting(
  queries: readonly ResumeQuery[],
  features: readonly QueryFeatures[],
  grades: readonly Uint8Array[],
  pool: readonly PoolJob[],
  rankers: Rankers,
  onProgress: (done: number) => void = () => {},
): SettingResult {
  const realIndex = realPostingIndices(pool);
  const methods = new Collector<Method>(realIndex);
  const semantic = new Collector(realIndex);
  const composite = new Collector(realIndex);
  const weights = new Collector(realIndex);
  const reference = new Collector(realIndex);
  const cosines: number[] = [];
  let withReal = 0;

  features.forEach((f, qi) => {
    const q = queries[qi];
    const g = grades[qi];
    if (!q || !g) throw new Error(`Query ${qi} has no judgments.`);
    if (realIndex.some((i) => (g[i] ?? 0) > 0)) withReal++;
    const emb = rankers.embeddingScores(f);
    const lex = rankers.lexicalScores(f);
    const semOwn = rankers.semanticScores(f, lex);
    // As the profile workflow does (refine-occupations.ts), over the whole pool.
    const refined = rankers.refineOccupations(f, lex);
    const occ = rankers.occupationScores(refined);
    const sem = rankers.semanticScores(refined, lex);
    const match = rankers.matchScores(refined, sem);
    match.composite.forEach((c, i) => {
      const expected = 0.6 * (sem[i] ?? 0) + 0.4 * (match.traditional[i] ?? 0);
      if (Math.abs(c - expected) > 1e-9)
        throw new Error(`scoreMatch composite ${c} is not 0.6 semantic + 0.4 traditional (${expected}).`);
    });
    for (let i = 0; i < emb.length; i += 13) cosines.push(emb[i] ?? 0);

    methods.add('bm25', q, g, rankers.bm25Scores(f));
    methods.add('tfidf', q, g, rankers.tfidfScores(f));
    methods.add('embedding', q, g, emb);
    methods.add('lexical', q, g, lex);
    methods.add('occupation', q, g, occ);
    methods.add('semantic_own', q, g, semOwn);
    methods.add('semantic', q, g, sem);
    methods.add('structured', q, g, match.traditional);
    methods.add('composite_own', q, g, rankers.matchScores(f, semOwn).composite);
    methods.add('composite', q, g, match.composite);
    for (const [name, variant] of Object.entries(SEMANTIC_VARIANTS)) {
      const s = variant(emb, occ, lex);
      semantic.add(name, q, g, s);
      // Exactly scoreMatch's composite with the default weights (checked above).
      composite.add(
        name,
        q,
        g,
        mix([
          [s, 0.6],
          [match.traditional, 0.4],
        ]),
      );
    }
    for (const [name, variant] of Object.entries(WEIGHT_VARIANTS)) weights.add(name, q, g, variant(match, sem));
    reference.add('per-query z-score mix of embedding and occupation (not per pair)', q, g, zMix(emb, occ));
    onProgress(qi + 1);
  });

  cosines.sort((a, b) => a - b);
  const pct = (p: number) =>
    Math.round((cosines[Math.min(cosines.length - 1, Math.floor(p * cosines.length))] ?? 0) * 1000) / 1000;
  const semanticSummaries = semantic.summaries();
  const compositeSummaries = composite.summaries();
  return {
    methods: methods.summaries(),
    semanticVariants: Object.fromEntries(
      Object.keys(SEMANTIC_VARIANTS).map((name) => [
        name,
        { semantic: semanticSummaries[name] as Summary, composite: compositeSummaries[name] as Summary },
      ]),
    ),
    weightVariants: weights.summaries(),
    reference: reference.summaries(),
    cosinePercentiles: {
      p10: pct(0.1),
      p50: pct(0.5),
      p75: pct(0.75),
      p90: pct(0.9),
      p99: pct(0.99),
      p999: pct(0.999),
    },
    queriesWithRealRelevant: withReal,
  };
}
