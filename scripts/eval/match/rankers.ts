/**
 * The ranking methods compared, each a function from a query to one score per pool job: Okapi
 * BM25 and TF-IDF cosine (IDF from the pool, as a search index would have it), embedding cosine,
 * occupation similarity, semantic similarity (semantic.ts), and scoreMatch's factors, from which
 * the structured score and the composite are read.
 */
import { occupationSimilarity } from '@/server/services/matching/occupations';
import { scoreMatch } from '@/server/services/matching/scoring';
import { onetRelated } from '@/server/services/matching/score-jobs';
import { semanticSimilarity } from '@/server/services/matching/semantic';
import { NEIGHBOUR_VOTE, blendWithOwn, neighbourVote } from '@/server/services/matching/occupations/neighbour-vote';
import { getOccupationIndex } from '@/server/services/matching/occupations/occupation-index';
import { Bm25Index } from '@/server/services/matching/text/bm25';
import { jobTerms, lexicalMatch, lexicalQuery } from '@/server/services/matching/text/lexical';
import { cosine, type SparseVector } from '@/server/services/matching/text/sparse-vector';
import { buildIdf, tfidfVector } from '@/server/services/matching/text/tfidf';
import type { FactorName } from '@/server/services/matching/types';
import type { JobFeatures, QueryFeatures } from './features';

export type Scores = Float64Array;

export function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] ?? 0) * (b[i] ?? 0);
  return s;
}

/** Per job: scoreMatch's composite and traditional score, and each factor's raw score. */
export interface MatchScores {
  composite: Scores;
  traditional: Scores;
  factors: Record<FactorName, Scores>;
}

export class Rankers {
  private readonly bm25: Bm25Index;
  private readonly idf: ReturnType<typeof buildIdf>;
  private readonly tfidf: SparseVector[];
  private readonly jobCounts: { counts: Map<string, number>; length: number }[];

  constructor(private readonly jobs: readonly JobFeatures[]) {
    this.bm25 = new Bm25Index(jobs.map((j) => j.terms));
    this.idf = buildIdf(jobs.map((j) => j.terms));
    this.tfidf = jobs.map((j) => tfidfVector(j.terms, this.idf));
    this.jobCounts = jobs.map((j) => jobTerms(j.terms));
  }

  bm25Scores(q: QueryFeatures): Scores {
    return this.bm25.scores(q.terms);
  }

  tfidfScores(q: QueryFeatures): Scores {
    const v = tfidfVector(q.terms, this.idf);
    return Float64Array.from(this.tfidf, (d) => cosine(v, d));
  }

  embeddingScores(q: QueryFeatures): Scores {
    return Float64Array.from(this.jobs, (j) => dot(q.vector, j.vector));
  }

  occupationScores(q: QueryFeatures): Scores {
    return Float64Array.from(this.jobs, (j) => occupationSimilarity(q.occupations, j.occupations).score);
  }

  /** The lexical share of text/lexical.ts, as score-jobs.ts computes it (IDF from O*NET, not the pool). */
  lexicalScores(q: QueryFeatures): Scores {
    const query = lexicalQuery(q.terms, getOccupationIndex().textIdf);
    return Float64Array.from(this.jobCounts, (j) => lexicalMatch(query, j.counts, j.length).score);
  }

  semanticScores(q: QueryFeatures, lexical: Scores = this.lexicalScores(q)): Scores {
    return Float64Array.from(this.jobs, (j, i) =>
      semanticSimilarity(q.vector, j.vector, q.occupations, j.occupations, lexical[i] ?? 0),
    );
  }

  /**
   * The query with its occupations refined by the nearest jobs, as refine-occupations.ts does, but
   * voting among the whole pool: the product votes among its ranking's candidates (the 300
   * nearest by embedding and newest in the guessed occupations), which the import path measures.
   */
  refineOccupations(q: QueryFeatures, lexical: Scores = this.lexicalScores(q)): QueryFeatures {
    let occupations = q.occupations;
    for (let round = 0; round < NEIGHBOUR_VOTE.rounds; round++) {
      const sem = this.semanticScores({ ...q, occupations }, lexical);
      const vote = neighbourVote(this.jobs.map((j, i) => ({ score: sem[i] ?? 0, occupations: j.occupations })));
      if (vote.length === 0) break;
      occupations = blendWithOwn(q.occupations, vote);
    }
    return { ...q, occupations, profile: { ...q.profile, occupations } };
  }

  /** scoreMatch for every job, as the app calls it (score-jobs.ts): one call gives both rows. */
  matchScores(q: QueryFeatures, semantic: Scores): MatchScores {
    const n = this.jobs.length;
    const out: MatchScores = {
      composite: new Float64Array(n),
      traditional: new Float64Array(n),
      factors: {
        semantic: new Float64Array(n),
        skills: new Float64Array(n),
        experience: new Float64Array(n),
        location: new Float64Array(n),
        salary: new Float64Array(n),
      },
    };
    this.jobs.forEach((j, i) => {
      const m = scoreMatch(q.profile, j.job, semantic[i] ?? 0, undefined, { related: onetRelated });
      out.composite[i] = m.composite;
      out.traditional[i] = m.traditional;
      for (const f of m.factors) out.factors[f.factor][i] = f.score;
    });
    return out;
  }
}

/** Per-query z-scores: methods on one scale before mixing (a reference point, not deployable per pair). */
export function zscore(s: Scores): Scores {
  let mean = 0;
  for (const x of s) mean += x;
  mean /= s.length || 1;
  let v = 0;
  for (const x of s) v += (x - mean) ** 2;
  const sd = Math.sqrt(v / (s.length || 1)) || 1;
  return Float64Array.from(s, (x) => (x - mean) / sd);
}

export function mix(parts: readonly (readonly [Scores, number])[]): Scores {
  const n = parts[0]?.[0].length ?? 0;
  const out = new Float64Array(n);
  for (const [s, w] of parts) for (let i = 0; i < n; i++) out[i] = (out[i] ?? 0) + w * (s[i] ?? 0);
  return out;
}
