/**
 * The most likely O*NET occupations of a job or a seeker, from a title (weighted most), free text
 * (description, tasks, experience bullets) and skills. Deterministic and cheap (well under a
 * millisecond after the index is built): it runs on every job at ingestion and reindex.
 */
import { z } from 'zod';
import { canonicalizeSkill } from '@/server/services/skills/taxonomy';
import type { OccupationGuess } from '../types';
import { tfidfVector } from '../text/tfidf';
import { tokenize } from '../text/tokenize';
import { getOccupationIndex, type OccupationIndex, type Postings } from './occupation-index';
import { titleForInference, titleTerms } from './title-terms';

export const occupationInputSchema = z.object({
  title: z.string(),
  text: z.string().optional(),
  skills: z.array(z.string()).optional(),
});
export type OccupationInput = z.infer<typeof occupationInputSchema>;

export interface InferenceOptions {
  /** Weights of the title, text and skills cosines in the combined score. */
  weights: { title: number; text: number; skills: number };
  /** Softmax temperature over the combined scores of the best `candidates`: lower is more decisive. */
  temperature: number;
  candidates: number;
  /** Below this best combined score the input says too little: no guess at all. */
  minScore: number;
  /**
   * Text terms found in more than this share of occupations are skipped: their postings are the
   * longest (most of the cost) and their IDF weight the smallest (little of the signal).
   */
  maxTextDf: number;
}

/**
 * Chosen on the matching evaluation (`npm run eval:match`; the figures of every variant tried are in
 * scripts/eval/match/notes.ts). A matching title has a cosine near 1 while a long text rarely
 * exceeds 0.3 against any occupation, so the title decides when there is one, and text and skills
 * take over when there is not.
 */
export const DEFAULT_INFERENCE: InferenceOptions = {
  weights: { title: 0.45, text: 0.4, skills: 0.15 },
  temperature: 0.05,
  candidates: 20,
  minScore: 0.02,
  maxTextDf: 1,
};

/** acc[id] += weight x (query . posting) for every query term; new ids are appended to `touched`. */
function accumulate(
  query: Iterable<[string, number]>,
  postings: Postings,
  weight: number,
  acc: Float64Array,
  touched: number[],
): void {
  // A zero weight adds nothing but would still mark ids touched, once per term: the same id
  // could then come back several times from bestOf.
  if (weight === 0) return;
  for (const [term, q] of query) {
    const list = postings.get(term);
    if (!list) continue;
    const { ids, weights } = list;
    const w = q * weight;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] ?? 0;
      if (acc[id] === 0) touched.push(id);
      acc[id] = (acc[id] ?? 0) + w * (weights[i] ?? 0);
    }
  }
}

function skillVector(skills: readonly string[], index: OccupationIndex): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of skills) {
    const key = canonicalizeSkill(s).key;
    const idf = index.skillIdf.get(key);
    if (idf !== undefined) out.set(key, idf);
  }
  const norm = Math.sqrt([...out.values()].reduce((sum, w) => sum + w * w, 0));
  for (const [k, w] of out) out.set(k, w / norm);
  return out;
}

function selective(vector: Map<string, number>, postings: Postings, maxDf: number): [string, number][] {
  return [...vector].filter(([term]) => (postings.get(term)?.ids.length ?? 0) <= maxDf);
}

interface Scratch {
  titles: Float64Array;
  scores: Float64Array;
}
const scratchByIndex = new WeakMap<OccupationIndex, Scratch>();

function scratchFor(index: OccupationIndex): Scratch {
  let s = scratchByIndex.get(index);
  if (!s) {
    s = { titles: new Float64Array(index.titleOwner.length), scores: new Float64Array(index.occupations.length) };
    scratchByIndex.set(index, s);
  }
  return s;
}

/** The n best [id, score] pairs, best first (ties: lower id): a bounded insertion, not a full sort. */
export function bestOf(ids: readonly number[], scores: Float64Array, n: number): [number, number][] {
  const top: [number, number][] = [];
  for (const id of ids) {
    const score = scores[id] ?? 0;
    const last = top[top.length - 1];
    if (top.length === n && last && (score < last[1] || (score === last[1] && id > last[0]))) continue;
    let i = top.length;
    while (i > 0) {
      const prev = top[i - 1];
      if (!prev || prev[1] > score || (prev[1] === score && prev[0] < id)) break;
      i--;
    }
    top.splice(i, 0, [id, score]);
    if (top.length > n) top.pop();
  }
  return top;
}

/**
 * The best `n` occupations for the input by combined score: weights.title x (best single-title
 * cosine) + weights.text x (text cosine) + weights.skills x (skills cosine), as [index, score].
 */
export function scoreOccupations(
  input: OccupationInput,
  n: number,
  options: InferenceOptions = DEFAULT_INFERENCE,
  index: OccupationIndex = getOccupationIndex(),
): [number, number][] {
  const { titles, scores } = scratchFor(index);
  const touched: number[] = [];

  const titleQuery = tfidfVector(titleTerms(input.title), index.titleIdf, { unknownTerms: 'drop' });
  const touchedTitles: number[] = [];
  accumulate(titleQuery, index.titlePostings, 1, titles, touchedTitles);
  // An occupation's title score is its best single title, not the sum over its 50 titles.
  const best = new Map<number, number>();
  for (const t of touchedTitles) {
    const owner = index.titleOwner[t] ?? 0;
    best.set(owner, Math.max(best.get(owner) ?? 0, titles[t] ?? 0));
    titles[t] = 0;
  }
  for (const [owner, cosine] of best) {
    if (scores[owner] === 0) touched.push(owner);
    scores[owner] = (scores[owner] ?? 0) + options.weights.title * cosine;
  }

  const text = tfidfVector(tokenize(`${titleForInference(input.title)}\n${input.text ?? ''}`), index.textIdf, {
    unknownTerms: 'drop',
  });
  const maxDf = options.maxTextDf * index.occupations.length;
  accumulate(selective(text, index.textPostings, maxDf), index.textPostings, options.weights.text, scores, touched);
  accumulate(skillVector(input.skills ?? [], index), index.skillPostings, options.weights.skills, scores, touched);

  const out = bestOf(touched, scores, n);
  for (const o of touched) scores[o] = 0;
  return out;
}

/**
 * The k most likely occupations, most likely first, with confidences from a softmax over the best
 * candidates (they sum to at most 1). Empty when the input matches nothing well enough.
 */
export function inferOccupations(
  input: OccupationInput,
  k = 5,
  options: InferenceOptions = DEFAULT_INFERENCE,
): OccupationGuess[] {
  const index = getOccupationIndex();
  return guessesFrom(scoreOccupations(input, Math.max(k, options.candidates), options, index), k, options, index);
}

/**
 * Scored candidates ([index, score], best first) as the k most likely occupations, confidences from
 * a softmax over all candidates; none when even the best says too little.
 */
export function guessesFrom(
  top: readonly [number, number][],
  k: number,
  options: InferenceOptions,
  index: OccupationIndex,
): OccupationGuess[] {
  const best = top[0]?.[1] ?? 0;
  if (best < options.minScore) return [];
  const exp = top.map(([, s]) => Math.exp((s - best) / options.temperature));
  const total = exp.reduce((a, b) => a + b, 0);
  return top.slice(0, k).map(([id], i) => {
    const o = index.occupations[id];
    if (!o) throw new Error(`No occupation at index ${id}`);
    return { code: o.code, title: o.title, confidence: (exp[i] ?? 0) / total };
  });
}
