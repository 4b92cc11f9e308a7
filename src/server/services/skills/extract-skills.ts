/**
 * Finds skill mentions in free text. Token-based (so "Node.js", "node js" and "NodeJS" meet), longest
 * alias first, with context rules for ambiguous aliases (context.ts) and per-category cues: a human
 * language only counts near "languages"/"fluent"/"speak" (not "English medium school"), an industry
 * only near "domain"/"industry".
 */
import { type SkillCategory } from '@/lib/validators/enums';
import { hasCueAfter, hasCueBefore, hasIndustryCue, hasLanguageCue, isListItem } from './context';
import { findCandidates, type Candidate } from './match-tokens';
import { getSkillIndex, type SkillRecord } from './skill-index';
import { tokenize } from './tokenize';

export interface CanonicalSkill {
  /** Display form, e.g. "JavaScript", "Node.js", "Microsoft Excel". */
  name: string;
  /** Stable lower-case id. */
  key: string;
  category: SkillCategory;
  /** false when the input is not in the taxonomy (then name is the cleaned input). */
  known: boolean;
}

export interface ExtractedSkill extends CanonicalSkill {
  occurrences: number;
  /** Offset of the first accepted mention in the input text. */
  firstIndex: number;
  /** The first accepted mention as written. */
  matchedText: string;
  /** Every accepted mention was a one-typo spelling ("Xillinx"): worth a lower confidence. */
  fuzzy: boolean;
  /** Every accepted mention was an ambiguous alias accepted on context ("Go" in a list): ditto. */
  ambiguous: boolean;
}

export interface ExtractOptions {
  /** The whole text is a skills list (a Skills section): a bare line counts as a list item. */
  listContext?: boolean;
  /** The whole text is about languages (a Languages section): no cue needed for them. */
  languageContext?: boolean;
}

// Emails and URLs name people and sites, not skills ("linkedin.com/in/…", "jane@github.io"). A bare
// host needs a lower-case top-level domain that ends the word: text extracted from PDFs and pages
// loses the space after a full stop, and "SQL.Communication" or "Kubernetes.In this role" are a skill
// and a sentence, not the hosts "SQL.Co" and "Kubernetes.In".
const MASK =
  /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b|\b(?:[Hh][Tt][Tt][Pp][Ss]?:\/\/|[Ww][Ww][Ww]\.)\S+|(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|in|co|dev)\b(?:\/\S*)?/g;
/**
 * What every MASK match contains (an "@", the "//" of a scheme, "www." or a dot before a top-level
 * domain): most descriptions have none, and then the whole-text MASK scan, which backtracks
 * through every word, is skipped.
 */
const MAY_MASK = /@|\/\/|[Ww][Ww][Ww]\.|\.(?:com|org|net|io|in|co|dev)\b/;
/** How far (in characters) a neighbouring skill may be for a one-letter language ("C", "R") to count. */
const NEIGHBOUR_WINDOW = 80;

export const toCanonical = (skill: SkillRecord): CanonicalSkill => ({ ...skill, known: true });

/** Words that sources list as products but that never name a skill in a resume. */
const NEVER = new Set(['etc', 'others', 'misc', 'various', 'vista', 'xp']);

function categoryAllows(c: Candidate, text: string, options: ExtractOptions): boolean {
  if (NEVER.has(c.raw.toLowerCase())) return false;
  if (c.skill.category === 'language') return options.languageContext === true || hasLanguageCue(text, c.start, c.end);
  if (c.skill.category === 'industry') return hasIndustryCue(text, c.start);
  return true;
}

/** Between two items of one list in a sentence: a comma, a slash, "and", "or". */
const LIST_JOIN = /^(?:,|\/|&|\+|,?\s?and|,?\s?or)$/i;

/**
 * "Used Excel and Salesforce", "dashboards in Tableau and SQL": a product named by an everyday word,
 * written with its capital inside a sentence (not opening it), listed with a skill that is sure.
 * "Analytics, San Francisco", "Basic knowledge of SQL" and "the Go region" list no such product.
 */
function listedWithSkill(c: Candidate, text: string, sure: Candidate[]): boolean {
  if (!/^\p{Lu}/u.test(c.raw) || c.raw === c.raw.toUpperCase()) return false;
  if (!/[\p{L}\d,)]\s+$/u.test(text.slice(Math.max(0, c.start - 40), c.start))) return false;
  // The first word of a longer name: "San Francisco", "Act Fast Inc".
  if (/^[ \t]+\p{Lu}\p{Ll}/u.test(text.slice(c.end, c.end + 4))) return false;
  // Only the sure skills right before and after it can be 8 characters away: found by a binary
  // search in text order (testing every one made a long list quadratic).
  let lo = 0;
  let hi = sure.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sure[mid]?.start ?? 0) < c.start) lo = mid + 1;
    else hi = mid;
  }
  return sure.slice(Math.max(0, lo - 2), lo + 3).some((o) => {
    if (o === c) return false;
    const gap = o.start > c.start ? text.slice(c.end, o.start) : text.slice(o.end, c.start);
    return gap.length <= 8 && LIST_JOIN.test(gap.trim());
  });
}

/**
 * Ambiguous aliases that a sentence's own words confirm: "social media" names the marketing skill
 * in "marketing an event through social media" or "promote on social media", not in "share the
 * news on Facebook or any other social media".
 */
const CONFIRMED_NEARBY: Readonly<Record<string, RegExp>> = {
  'social media': /\b(?:market\w*|promot\w*|campaigns?|advertis\w*|brand\w*|content|engagement|followers|seo)\b/i,
};

function confirmedNearby(c: Candidate, text: string): boolean {
  const words = CONFIRMED_NEARBY[c.raw.toLowerCase()];
  return !!words && words.test(text.slice(Math.max(0, c.start - 60), c.end + 60));
}

function strictAllows(c: Candidate, text: string, accepted: Candidate[], options: ExtractOptions): boolean {
  const listed = isListItem(text, c.start, c.end, options.listContext === true);
  if (c.raw.length > 1)
    return listed || hasCueAfter(text, c.end) || listedWithSkill(c, text, accepted) || confirmedNearby(c, text);
  // One letter: upper case, listed, and another skill close by ("C, C++, Java"; not "(c)" or "R&D").
  if (c.raw !== c.raw.toUpperCase() || !listed) return false;
  return accepted.some((o) => o !== c && Math.abs(o.start - c.start) <= NEIGHBOUR_WINDOW);
}

/**
 * A one-word alias that is an ordinary English word ("calibration", "welding", "payroll") names an
 * activity more often than a skill the candidate claims: in prose it needs a second mention, a list,
 * or a cue such as "experience in" / "knowledge of" / "responsible for".
 */
function isWeakWord(c: Candidate, english: ReadonlySet<string>): boolean {
  return c.alias.tokens.length === 1 && english.has(c.alias.tokens[0] ?? '') && c.raw === c.raw.toLowerCase();
}

/** Mentions per skill: a weak word counts when it is mentioned twice. */
function mentionsByKey(all: Candidate[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const o of all) counts.set(o.skill.key, (counts.get(o.skill.key) ?? 0) + 1);
  return counts;
}

function weakAllows(
  c: Candidate,
  text: string,
  mentions: ReadonlyMap<string, number>,
  options: ExtractOptions,
): boolean {
  if (options.listContext || isListItem(text, c.start, c.end, false) || hasCueBefore(text, c.start)) return true;
  return (mentions.get(c.skill.key) ?? 0) > 1;
}

/**
 * Products named by an everyday verb, and what follows the verb: "react to change", "react quickly",
 * "remedy the issue". In lower case and so followed, the word is the verb; "with react and Redux"
 * and "React to build" stay the product.
 */
const VERB_USE: Readonly<Record<string, { after: RegExp; before?: RegExp; beforeTo?: RegExp }>> = {
  react: {
    after:
      /^\s+(?:quickly|swiftly|promptly|calmly|fast|appropriately|accordingly|positively|well|as (?:needed|necessary|required|appropriate))\b/i,
    before: /\b(?:(?:ability|able|quick|ready)\s+to|(?:respond|adapt|adjust)\s+(?:or|and))\s+$/i,
    // "react to" is the verb after a subject, a modal or "and" ("we react to", "may react to", "issues and
    // react to"); after "using" or "in" it is the library ("using react to display").
    beforeTo: /\b(?:i|we|they|you|he|she|it|people|customers|can|could|may|might|would|will|must|should|and|or)\s+$/i,
  },
  remedy: { after: /^\s+(?:the|this|that|these|those|any|all|issues?|problems?|situations?|deficiencies|defects)\b/i },
};

function verbUse(c: Candidate, text: string): boolean {
  const rule = c.raw === c.raw.toLowerCase() ? VERB_USE[c.raw] : undefined;
  if (!rule) return false;
  const after = text.slice(c.end, c.end + 30);
  const before = text.slice(Math.max(0, c.start - 30), c.start);
  return (
    rule.after.test(after) ||
    !!rule.before?.test(before) ||
    (!!rule.beforeTo && /^\s+to\b/i.test(after) && rule.beforeTo.test(before))
  );
}

// Company names are not skills: "ADOR WELDING LTD", "Oracle Corporation", "SAP Labs India Pvt".
const COMPANY_AFTER =
  /^[\s.,&]*(?:[\p{L}&]+[\s.,]+){0,2}?(?:pvt|private|ltd|limited|inc|llc|llp|corp|corporation|gmbh|labs)\b/iu;
/** A cheap first test: COMPANY_AFTER can only match text holding one of its words. */
const COMPANY_WORD = /pvt|private|ltd|limited|inc|llc|llp|corp|gmbh|labs/iu;

function followedByCompany(text: string, end: number): boolean {
  const after = text.slice(end, end + 40);
  return COMPANY_WORD.test(after) && COMPANY_AFTER.test(after);
}

export function extractSkills(text: string, options: ExtractOptions = {}): ExtractedSkill[] {
  if (!text.trim()) return [];
  const masked = MAY_MASK.test(text) ? text.replace(MASK, (m) => ' '.repeat(m.length)) : text;
  const index = getSkillIndex();
  const candidates = findCandidates(masked, tokenize(masked), index).filter(
    (c) => categoryAllows(c, masked, options) && !followedByCompany(masked, c.end) && !verbUse(c, masked),
  );
  const sure = candidates.filter((c) => !c.alias.strict && !c.fuzzy);
  const mentions = mentionsByKey(candidates);
  const accepted = candidates.filter(
    (c) =>
      (!c.alias.strict || strictAllows(c, masked, sure, options)) &&
      (!c.fuzzy || isListItem(masked, c.start, c.end, true)) &&
      (c.alias.strict || !isWeakWord(c, index.english) || weakAllows(c, masked, mentions, options)),
  );

  const byKey = new Map<string, ExtractedSkill>();
  for (const c of accepted) {
    const found = byKey.get(c.skill.key);
    if (found) {
      found.occurrences += 1;
      found.fuzzy &&= c.fuzzy;
      found.ambiguous &&= c.alias.strict;
      continue;
    }
    byKey.set(c.skill.key, {
      ...toCanonical(c.skill),
      occurrences: 1,
      firstIndex: c.start,
      matchedText: text.slice(c.start, c.end),
      fuzzy: c.fuzzy,
      ambiguous: c.alias.strict,
    });
  }
  return [...byKey.values()].sort((a, b) => a.firstIndex - b.firstIndex);
}
