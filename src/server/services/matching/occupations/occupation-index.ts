/**
 * The inverted indexes occupation inference scores against, built once from the O*NET data:
 * - titles: every occupation, alternate and reported title as its own TF-IDF document, so a
 *   posting title is compared with the closest single title, not with a bag of 50 of them;
 * - text: one TF-IDF document per occupation (titles, description, tasks, technology names);
 * - skills: the occupation's technology skills as canonical skill keys, IDF-weighted, the ones
 *   employers ask for in it weighing more.
 * Postings hold unit-vector weights, so a query's score is a cosine computed term by term.
 */
import { processWide } from '@/server/process-wide';
import type { OnetOccupation } from '@/server/data/onet';
import { canonicalizeSkill } from '@/server/services/skills/taxonomy';
import { buildIdf, smoothIdf, tfidfVector, type IdfTable } from '../text/tfidf';
import { tokenize } from '../text/tokenize';
import { allOccupations } from './catalog';
import { REGIONAL_TITLES } from './regional-titles';
import { titleTerms } from './title-terms';

/** One term's postings: ids (a title index, or an occupation index) and unit-vector weights. */
export interface PostingList {
  ids: Int32Array;
  weights: Float32Array;
}
export type Postings = ReadonlyMap<string, PostingList>;

export interface OccupationIndex {
  occupations: readonly { code: string; title: string }[];
  /** Owner occupation of each indexed title. */
  titleOwner: Int32Array;
  titleIdf: IdfTable;
  titlePostings: Postings;
  textIdf: IdfTable;
  textPostings: Postings;
  skillIdf: ReadonlyMap<string, number>;
  skillPostings: Postings;
}

type Draft = Map<string, { ids: number[]; weights: number[] }>;

function addPostings(target: Draft, id: number, vector: ReadonlyMap<string, number>): void {
  for (const [term, weight] of vector) {
    let list = target.get(term);
    if (!list) target.set(term, (list = { ids: [], weights: [] }));
    list.ids.push(id);
    list.weights.push(weight);
  }
}

// Typed arrays: scoring walks these lists for every job ingested, and they are 3-5x faster to
// scan than arrays of objects.
function freeze(draft: Draft): Postings {
  return new Map(
    [...draft].map(([term, l]) => [term, { ids: Int32Array.from(l.ids), weights: Float32Array.from(l.weights) }]),
  );
}

export function occupationText(o: OnetOccupation): string {
  return [
    o.title,
    ...o.alternateTitles,
    ...o.reportedTitles,
    ...(REGIONAL_TITLES[o.code] ?? []),
    o.description,
    ...o.tasks.map((t) => t.text),
    ...o.technologySkills.map((s) => s.name),
  ].join('\n');
}

/**
 * How much more a tool employers ask for in this occupation's postings (O*NET "In Demand") says
 * about it than a tool it merely uses. Without it, a trade listing few tools matched anyone with
 * those tools best (AutoCAD + SolidWorks + CATIA read as Solar Thermal Installers, QuickBooks + Excel
 * as Farm Labor Contractors). An occupation with no tool in demand keeps the shape of its vector
 * (each is normalized), though the median length below which vectors are scored as if of that
 * length (see below) grows with the weight. Chosen on the dev half of `npm run eval:match` (notes.ts).
 */
export const IN_DEMAND_WEIGHT = 4;

/** The occupation's technology skills as canonical keys ("Oracle Java" -> "java"), each with its demand weight. */
export function occupationSkillWeights(o: OnetOccupation): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of o.technologySkills) {
    const key = canonicalizeSkill(s.name).key;
    out.set(key, Math.max(out.get(key) ?? 0, s.inDemand ? IN_DEMAND_WEIGHT : 1));
  }
  return out;
}

export function buildOccupationIndex(occupations: readonly OnetOccupation[]): OccupationIndex {
  const titles: { owner: number; terms: string[] }[] = [];
  occupations.forEach((o, owner) => {
    const seen = new Set<string>();
    for (const title of [o.title, ...o.alternateTitles, ...o.reportedTitles, ...(REGIONAL_TITLES[o.code] ?? [])]) {
      const terms = titleTerms(title);
      const key = terms.join(' ');
      if (terms.length === 0 || seen.has(key)) continue;
      seen.add(key);
      titles.push({ owner, terms });
    }
  });
  const titleIdf = buildIdf(titles.map((t) => t.terms));
  const titlePostings: Draft = new Map();
  titles.forEach((t, i) => addPostings(titlePostings, i, tfidfVector(t.terms, titleIdf)));

  const texts = occupations.map((o) => tokenize(occupationText(o)));
  const textIdf = buildIdf(texts);
  const textPostings: Draft = new Map();
  texts.forEach((terms, i) => addPostings(textPostings, i, tfidfVector(terms, textIdf)));

  const skillWeights = occupations.map(occupationSkillWeights);
  const skills = skillWeights.map((w) => [...w.keys()]);
  const df = new Map<string, number>();
  for (const keys of skills) for (const k of keys) df.set(k, (df.get(k) ?? 0) + 1);
  const skillIdf = new Map([...df].map(([k, d]) => [k, smoothIdf(occupations.length, d)]));
  const skillPostings: Draft = new Map();
  const weightOf = (i: number, k: string) => (skillIdf.get(k) ?? 0) * (skillWeights[i]?.get(k) ?? 1);
  const norms = skills.map((keys, i) => Math.sqrt(keys.reduce((sum, k) => sum + weightOf(i, k) ** 2, 0)));
  // Pivoted: an occupation listing one tool (Dishwashers: "Microsoft Office") would otherwise match
  // anyone who lists that tool perfectly. Lists shorter than the median are scored as if median.
  const floor = [...norms].sort((a, b) => a - b)[Math.floor(norms.length / 2)] ?? 1;
  skills.forEach((keys, i) => {
    const norm = Math.max(norms[i] ?? 0, floor);
    if (norm > 0) addPostings(skillPostings, i, new Map(keys.map((k) => [k, weightOf(i, k) / norm])));
  });

  return {
    occupations: occupations.map((o) => ({ code: o.code, title: o.title })),
    titleOwner: Int32Array.from(titles, (t) => t.owner),
    titleIdf,
    titlePostings: freeze(titlePostings),
    textIdf,
    textPostings: freeze(textPostings),
    skillIdf,
    skillPostings: freeze(skillPostings),
  };
}

/** Built on first use (~1 s), then shared by every call in the process (process-wide.ts). */
export const getOccupationIndex: () => OccupationIndex = processWide('occupation-index', () =>
  buildOccupationIndex(allOccupations()),
);
