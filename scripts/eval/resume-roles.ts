/**
 * Work-history (role) metrics for the resume-parser evaluation: pure, so the metric itself is unit-tested
 * (resume-roles.test.ts). Gold roles come from tests/fixtures/resume-labels.json, predicted ones from
 * parseResume's draft.experience (src/lib/validators/resume.ts).
 */
import type { z } from 'zod';
import type { resumeExperienceValue } from '@/lib/validators/resume';

/** A hand-labelled role; dates are as precise as the resume wrote them. */
export interface GoldRole {
  title: string | null;
  company: string | null;
  /** YYYY-MM or YYYY. */
  start: string | null;
  /** YYYY-MM, YYYY or "present". */
  end: string | null;
}

/** The fields of a parsed role that the metrics read. */
export type PredictedRole = Pick<
  z.infer<typeof resumeExperienceValue>,
  'title' | 'company' | 'startDate' | 'startPrecision'
>;

/** Lower case, punctuation and runs of whitespace to single spaces. */
export const normalize = (s: string | null | undefined): string =>
  (s ?? '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Equal after normalizing, or one contains the other as whole words ("java developer" ⊂ "jr java developer"). */
export function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = normalize(a);
  const y = normalize(b);
  if (!x || !y) return false;
  return ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `);
}

/**
 * The predicted start date agrees with the gold one at the gold's precision: a year-only gold compares
 * years; a month gold needs the same year and month, and a prediction that only knows the year
 * (startPrecision "year") does not have the month, so it does not agree.
 */
export function sameStart(gold: string | null, predicted: PredictedRole): boolean {
  if (!gold || !predicted.startDate) return false;
  if (/^\d{4}$/.test(gold)) return predicted.startDate.slice(0, 4) === gold;
  if (predicted.startPrecision === 'year') return false;
  return predicted.startDate.slice(0, 7) === gold.slice(0, 7);
}

export interface RoleMatch {
  gold: number;
  predicted: number;
  by: 'company' | 'title' | 'start' | 'blank';
}

/**
 * One-to-one matching of predicted to gold roles, in three passes:
 *   1. company: normalized company equal or contained (either way, whole words);
 *   2. title: the same for titles, among roles still unmatched;
 *   3. start: same start date at the gold's precision, among roles still unmatched;
 *   4. blank: a gold role with no title, company or start (a block the resume gives text but no name) and a
 *      predicted role with none of them either: nothing else could ever pair them.
 * Within a pass, candidate pairs are taken greedily: pairs that also agree on title (pass 1) and on the
 * start date (passes 1-2) first, then by closeness in resume order (|gold index - predicted index|),
 * then gold order. A predicted role whose company, title and start date all disagree with every
 * remaining gold role stays unmatched (it is an extra role, or one the parser got entirely wrong).
 */
export function matchRoles(gold: readonly GoldRole[], predicted: readonly PredictedRole[]): RoleMatch[] {
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const matches: RoleMatch[] = [];
  const passes: {
    by: RoleMatch['by'];
    ok: (g: GoldRole, p: PredictedRole) => boolean;
    bonus: (g: GoldRole, p: PredictedRole) => number;
  }[] = [
    {
      by: 'company',
      ok: (g, p) => sameText(g.company, p.company),
      bonus: (g, p) => (sameText(g.title, p.title) ? 2 : 0) + (sameStart(g.start, p) ? 1 : 0),
    },
    { by: 'title', ok: (g, p) => sameText(g.title, p.title), bonus: (g, p) => (sameStart(g.start, p) ? 1 : 0) },
    { by: 'start', ok: (g, p) => sameStart(g.start, p), bonus: () => 0 },
    {
      by: 'blank',
      ok: (g, p) => !g.title && !g.company && !g.start && !normalize(p.title) && !normalize(p.company) && !p.startDate,
      bonus: () => 0,
    },
  ];
  for (const pass of passes) {
    const candidates: { g: number; p: number; bonus: number }[] = [];
    gold.forEach((g, gi) => {
      if (usedGold.has(gi)) return;
      predicted.forEach((p, pi) => {
        if (!usedPred.has(pi) && pass.ok(g, p)) candidates.push({ g: gi, p: pi, bonus: pass.bonus(g, p) });
      });
    });
    candidates.sort((a, b) => b.bonus - a.bonus || Math.abs(a.g - a.p) - Math.abs(b.g - b.p) || a.g - b.g || a.p - b.p);
    for (const c of candidates) {
      if (usedGold.has(c.g) || usedPred.has(c.p)) continue;
      usedGold.add(c.g);
      usedPred.add(c.p);
      matches.push({ gold: c.g, predicted: c.p, by: pass.by });
    }
  }
  return matches.sort((a, b) => a.gold - b.gold);
}

/** Counts for one resume (or summed over many): every ratio is built from these. */
export interface RoleCounts {
  /** Gold roles. */
  gold: number;
  /** Predicted roles. */
  predicted: number;
  /** Gold roles matched to a predicted one. */
  matched: number;
  /** Predicted roles with a non-empty title (matched or not). */
  titlesPredicted: number;
  /** …of which the role is matched and the title agrees with the gold title (normalized, containment). */
  titlesCorrect: number;
  /** Predicted roles with a start date (matched or not). */
  startsPredicted: number;
  /** …of which the role is matched and the start agrees with the gold start at the gold's precision. */
  startsCorrect: number;
}

export const emptyCounts = (): RoleCounts => ({
  gold: 0,
  predicted: 0,
  matched: 0,
  titlesPredicted: 0,
  titlesCorrect: 0,
  startsPredicted: 0,
  startsCorrect: 0,
});

export function countRoles(gold: readonly GoldRole[], predicted: readonly PredictedRole[]): RoleCounts {
  const matches = matchRoles(gold, predicted);
  const goldOf = new Map(matches.map((m) => [m.predicted, gold[m.gold]]));
  const counts = { ...emptyCounts(), gold: gold.length, predicted: predicted.length, matched: matches.length };
  predicted.forEach((p, i) => {
    const g = goldOf.get(i);
    if (normalize(p.title)) {
      counts.titlesPredicted++;
      if (g && sameText(g.title, p.title)) counts.titlesCorrect++;
    }
    if (p.startDate) {
      counts.startsPredicted++;
      if (g && sameStart(g.start, p)) counts.startsCorrect++;
    }
  });
  return counts;
}

export function addCounts(into: RoleCounts, more: RoleCounts): RoleCounts {
  for (const k of Object.keys(into) as (keyof RoleCounts)[]) into[k] += more[k];
  return into;
}

const ratio = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 1000) / 1000);

/**
 * role_recall = matched gold roles / gold roles;
 * title_precision = predicted titles that agree with their matched gold title / all predicted non-empty titles
 *   (a title on an unmatched predicted role, or where the gold has none, is wrong);
 * date_precision = predicted start dates that agree with their matched gold start / all predicted start dates.
 * null when the denominator is 0.
 */
export function roleScores(c: RoleCounts) {
  return {
    role_recall: ratio(c.matched, c.gold),
    title_precision: ratio(c.titlesCorrect, c.titlesPredicted),
    date_precision: ratio(c.startsCorrect, c.startsPredicted),
    ...c,
  };
}
