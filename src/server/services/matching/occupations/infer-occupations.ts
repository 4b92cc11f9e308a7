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
import { getOccupationIndex, type OccupationIndex, type Posting } from './occupation-index';
import { titleTerms } from './title-terms';

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
}

/** Chosen on the matching evaluation (scripts/eval/match.ts); the figures are in its notes. */
export const DEFAULT_INFERENCE: InferenceOptions = {
  weights: { title: 0.5, text: 0.35, skills: 0.15 },
  temperature: 0.05,
  candidates: 20,
  minScore: 0.05,
};

/** Adds query . posting to acc for every term; returns the ids touched. */
function accumulate(
  query: ReadonlyMap<string, number>,
  postings: ReadonlyMap<string, readonly Posting[]>,
  acc: Float64Array,
  touched: number[],
): void {
  for (const [term, q] of query) {
    const list = postings.get(term);
    if (!list) continue;
    for (const p of list) {
      if (acc[p.id] === 0) touched.push(p.id);
      acc[p.id] = (acc[p.id] ?? 0) + q * p.weight;
    }
  }
}

function skillVector(skills: readonly string[], index: OccupationIndex): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of skills) {
    const idf = index.skillIdf.get(canonicalizeSkill(s).key);
    if (idf !== undefined) out.set(canonicalizeSkill(s).key, idf);
  }
  const norm = Math.sqrt([...out.values()].reduce((sum, w) => sum + w * w, 0));
  for (const [k, w] of out) out.set(k, w / norm);
  return out;
}

interface Scratch {
  titles: Float64Array;
  occupations: Float64Array;
  parts: Float64Array;
}
const scratch = new WeakMap<OccupationIndex, Scratch>();

function getScratch(index: OccupationIndex): Scratch {
  let s = scratch.get(index);
  if (!s) {
    const n = index.occupations.length;
    s = { titles: new Float64Array(index.titleOwner.length), occupations: new Float64Array(n), parts: new Float64Array(n) };
    scratch.set(index, s);
  }
  return s;
}

/**
 * Combined scores of every occupation the input touches: weights.title x (best single-title
 * cosine) + weights.text x (text cosine) + weights.skills x (skills cosine).
 */
export function scoreOccupations(
  input: OccupationInput,
  options: InferenceOptions = DEFAULT_INFERENCE,
  index: OccupationIndex = getOccupationIndex(),
): Map<number, number> {
  const { titles, occupations, parts } = getScratch(index);
  const combined = new Map<number, number>();
  const add = (id: number, value: number) => combined.set(id, (combined.get(id) ?? 0) + value);

  const titleQuery = tfidfVector(titleTerms(input.title), index.titleIdf, { unknownTerms: 'drop' });
  const touchedTitles: number[] = [];
  accumulate(titleQuery, index.titlePostings, titles, touchedTitles);
  const touchedOwners: number[] = [];
  for (const t of touchedTitles) {
    const owner = index.titleOwner[t] ?? 0;
    if (occupations[owner] === 0) touchedOwners.push(owner);
    occupations[owner] = Math.max(occupations[owner] ?? 0, titles[t] ?? 0);
    titles[t] = 0;
  }
  for (const o of touchedOwners) {
    add(o, options.weights.title * (occupations[o] ?? 0));
    occupations[o] = 0;
  }

  const parts2: [ReadonlyMap<string, number>, ReadonlyMap<string, readonly Posting[]>, number][] = [
    [
      tfidfVector(tokenize(`${input.title}\n${input.text ?? ''}`), index.textIdf, { unknownTerms: 'drop' }),
      index.textPostings,
      options.weights.text,
    ],
    [skillVector(input.skills ?? [], index), index.skillPostings, options.weights.skills],
  ];
  for (const [query, postings, weight] of parts2) {
    const touched: number[] = [];
    accumulate(query, postings, parts, touched);
    for (const o of touched) {
      add(o, weight * (parts[o] ?? 0));
      parts[o] = 0;
    }
  }
  return combined;
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
  const scores = [...scoreOccupations(input, options, index)].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const best = scores[0]?.[1] ?? 0;
  if (best < options.minScore) return [];
  const top = scores.slice(0, Math.max(k, options.candidates));
  const exp = top.map(([, s]) => Math.exp((s - best) / options.temperature));
  const total = exp.reduce((a, b) => a + b, 0);
  return top.slice(0, k).map(([id], i) => {
    const o = index.occupations[id];
    if (!o) throw new Error(`No occupation at index ${id}`);
    return { code: o.code, title: o.title, confidence: (exp[i] ?? 0) / total };
  });
}
