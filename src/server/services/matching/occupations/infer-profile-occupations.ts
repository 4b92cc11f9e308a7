/**
 * A seeker's occupations from the whole profile, not one line of it: every role's title weighted
 * by recency and length, the headline, and the text of the summary, roles, education and skills.
 * Occupations the seeker confirmed on their profile win outright.
 */
import type { OccupationGuess } from '../types';
import { occupationTitle } from './catalog';
import { DEFAULT_INFERENCE, guessesFrom, scoreOccupations, type InferenceOptions } from './infer-occupations';
import { getOccupationIndex } from './occupation-index';

export interface ProfileOccupationInput {
  headline: string | null;
  summary: string | null;
  careerGoals: string | null;
  /** Latest first. */
  roles: { title: string | null; text: string; years: number | null }[];
  /** Education, projects and certifications, one text each. */
  education: string[];
  skills: string[];
  /** O*NET-SOC codes the seeker confirmed, in their order. */
  targets: readonly string[];
}

export interface ProfileInferenceOptions {
  /** Share of the title evidence given to the headline; the roles share the rest. */
  headlineShare: number;
  /** Role i (latest first) counts decay^i... */
  recencyDecay: number;
  /** ...times (1 + min(years, cap) / cap): a long role says more than a short one. */
  yearsCap: number;
  inference: InferenceOptions;
}

export const PROFILE_INFERENCE: ProfileInferenceOptions = {
  headlineShare: 0.5,
  recencyDecay: 0.6,
  yearsCap: 5,
  inference: DEFAULT_INFERENCE,
};

/** Confirmed occupations as guesses: the first most likely, confidences 1/(i+1) normalized. */
export function confirmedOccupations(targets: readonly string[]): OccupationGuess[] {
  const known = targets.filter((c) => occupationTitle(c) !== null);
  const weights = known.map((_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  return known.map((code, i) => ({
    code,
    title: occupationTitle(code) ?? code,
    confidence: (weights[i] ?? 0) / total,
  }));
}

/** The weighted titles: the headline and each role's, latest and longest counting most. */
function weightedTitles(input: ProfileOccupationInput, o: ProfileInferenceOptions): [string, number][] {
  const roles = input.roles
    .map((r, i) => [r.title?.trim() ?? '', o.recencyDecay ** i * (1 + Math.min(r.years ?? 0, o.yearsCap) / o.yearsCap)] as const)
    .filter(([t]) => t.length > 0);
  const headline = input.headline?.trim() ?? '';
  const roleTotal = roles.reduce((s, [, w]) => s + w, 0);
  const out: [string, number][] = [];
  const roleShare = headline ? 1 - o.headlineShare : 1;
  if (headline) out.push([headline, roles.length ? o.headlineShare : 1]);
  for (const [t, w] of roles) out.push([t, (roleShare * w) / roleTotal]);
  return out;
}

export function inferProfileOccupations(
  input: ProfileOccupationInput,
  k = 5,
  o: ProfileInferenceOptions = PROFILE_INFERENCE,
): OccupationGuess[] {
  if (input.targets.length > 0) {
    const confirmed = confirmedOccupations(input.targets);
    if (confirmed.length > 0) return confirmed.slice(0, k);
  }
  const index = getOccupationIndex();
  const opts = o.inference;
  const n = Math.max(k, opts.candidates) * 3;
  const scores = new Map<number, number>();
  const add = (pairs: [number, number][], weight: number) => {
    for (const [id, s] of pairs) scores.set(id, (scores.get(id) ?? 0) + weight * s);
  };
  const titlesOnly = { ...opts, weights: { title: 1, text: 0, skills: 0 } };
  for (const [title, weight] of weightedTitles(input, o)) {
    add(scoreOccupations({ title }, n, titlesOnly, index), opts.weights.title * weight);
  }
  const text = [
    input.headline,
    input.summary,
    input.careerGoals,
    ...input.roles.map((r) => r.text),
    ...input.education,
  ]
    .filter((s): s is string => Boolean(s?.trim()))
    .join('\n');
  add(
    scoreOccupations({ title: '', text, skills: input.skills }, n, { ...opts, weights: { title: 0, text: opts.weights.text, skills: opts.weights.skills } }, index),
    1,
  );
  const top = [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, Math.max(k, opts.candidates));
  return guessesFrom(top, k, opts, index);
}
