/**
 * Raw alias matching over a token stream: at each position the longest multi-word alias wins, then a
 * split spelling of a one-word alias ("Java Script", "Matplot lib"), then the token itself, its
 * version-less form ("HTML5" -> "html") and, last, a one-typo spelling of a long product name
 * ("PostgresSql", "Xillinx"). Context rules are applied afterwards by extract-skills.ts.
 */
import { type AliasRecord, type SkillIndex, type SkillRecord } from './skill-index';
import { singularize, stripVersionSuffix, type Token } from './tokenize';

export interface Candidate {
  skill: SkillRecord;
  alias: AliasRecord;
  start: number;
  end: number;
  /** The matched characters as written. */
  raw: string;
  fuzzy: boolean;
}

/** Between the words of one alias: spaces, one joining mark, at most one line break. */
const SEPARATOR = /^[ \t\u00a0]*[-./&_'’]?[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?$/;
const SEPARATOR_WITH_COMMA = /^[ \t\u00a0]*[,\-./&_'’]?[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?$/;
const STOPWORDS = new Set(
  'a an the in on at of to for with by as is it be or and from into our we i my me us vs per via not no do up so if out all'.split(
    ' ',
  ),
);

/**
 * Singular forms of the tokens, computed once per position: a common first word ("data", "microsoft")
 * starts dozens of aliases, and each used to singularize the words after it again.
 */
class Singulars {
  private readonly forms: (string | undefined)[];
  constructor(private readonly tokens: Token[]) {
    this.forms = new Array<string | undefined>(tokens.length);
  }
  at(i: number): string | undefined {
    const known = this.forms[i];
    if (known !== undefined) return known;
    const token = this.tokens[i];
    if (!token) return undefined;
    return (this.forms[i] = singularize(token.norm));
  }
}

/**
 * Lookups derived once per index for the scan below, which runs at every token of every posting an
 * ingestion run reads:
 * - `multi` by first and second word: a common first word ("data", "microsoft") starts dozens of
 *   aliases, and most share nothing else with the text (null: a first word with a one-word alias
 *   among its multi-word ones, read through the whole list as before);
 * - `joins`: each one-word alias a split spelling could reach, cut at every place ("java" ->
 *   "script"), so that adjacent word pairs are ruled out without joining them into a new string.
 */
interface ScanLookups {
  multi: Map<string, Map<string, AliasRecord[]> | null>;
  joins: Map<string, Map<string, AliasRecord>>;
}
const scanLookups = new WeakMap<SkillIndex, ScanLookups>();

function scanLookupsOf(index: SkillIndex): ScanLookups {
  let found = scanLookups.get(index);
  if (found) return found;
  const multi = new Map<string, Map<string, AliasRecord[]> | null>();
  for (const [first, aliases] of index.multi) {
    if (aliases.some((a) => a.tokens.length < 2)) {
      multi.set(first, null);
      continue;
    }
    const bySecond = new Map<string, AliasRecord[]>();
    // Kept in the list's order (longest first), so the first alias that fits is the same one.
    for (const alias of aliases) {
      const second = alias.tokens[1]!;
      bySecond.set(second, [...(bySecond.get(second) ?? []), alias]);
    }
    multi.set(first, bySecond);
  }
  const joins = new Map<string, Map<string, AliasRecord>>();
  for (const [word, alias] of index.single) {
    if (!joinable(word, alias)) continue;
    for (let n = 1; n < word.length; n++) {
      const head = word.slice(0, n);
      const tails = joins.get(head) ?? new Map<string, AliasRecord>();
      tails.set(word.slice(n), alias);
      joins.set(head, tails);
    }
  }
  found = { multi, joins };
  scanLookups.set(index, found);
  return found;
}

/** A one-word alias a split spelling may name ("Java Script", "Matplot lib"): long and all letters. */
const joinable = (word: string, alias: AliasRecord) =>
  !!alias.tokens[0] && alias.tokens[0].length >= 6 && /^[a-z]+$/.test(word);

function multiAt(
  text: string,
  tokens: Token[],
  i: number,
  lookups: ScanLookups,
  index: SkillIndex,
  singulars: Singulars,
): [AliasRecord, number] | null {
  const first = singulars.at(i);
  if (first === undefined) return null;
  const bySecond = lookups.multi.get(first);
  if (bySecond === undefined) return null;
  let aliases: AliasRecord[] | undefined;
  if (bySecond === null) aliases = index.multi.get(first);
  else {
    const second = singulars.at(i + 1);
    aliases = second === undefined ? undefined : bySecond.get(second);
  }
  for (const alias of aliases ?? []) {
    const n = alias.tokens.length;
    let ok = i + n <= tokens.length;
    for (let k = 1; ok && k < n; k++) {
      const prev = tokens[i + k - 1];
      const tok = tokens[i + k];
      const gap = prev && tok ? text.slice(prev.end, tok.start) : '';
      ok =
        !!tok &&
        singulars.at(i + k) === alias.tokens[k] &&
        (alias.allowComma ? SEPARATOR_WITH_COMMA : SEPARATOR).test(gap);
    }
    if (ok) return [alias, n];
  }
  return null;
}

function joinedAt(text: string, tokens: Token[], i: number, lookups: ScanLookups): AliasRecord | null {
  const a = tokens[i];
  const b = tokens[i + 1];
  // Cheapest tests first: this runs at every token of every description an ingestion run reads.
  if (!a || !b || b.start - a.end !== 1) return null;
  const gap = text.charCodeAt(a.end);
  if (gap !== 32 && gap !== 9) return null;
  const alias = lookups.joins.get(a.norm)?.get(b.norm);
  if (!alias || STOPWORDS.has(a.norm) || STOPWORDS.has(b.norm)) return null;
  return alias;
}

let fuzzyTable: { aliases: Map<string, AliasRecord>; deletions: Map<string, Set<string>> } | undefined;

function deletionsOf(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * fuzzyAt's answers per index and word: the lookup builds ~10 deletion strings per word, and job
 * descriptions repeat the same few thousand words, so an ingestion run asks the same question
 * tens of thousands of times. Bounded so a long-running server does not grow it without end.
 */
const fuzzyMemo = new WeakMap<SkillIndex, Map<string, AliasRecord | null>>();
const FUZZY_MEMO_MAX = 50_000;

function fuzzyAt(token: Token, index: SkillIndex): AliasRecord | null {
  if (token.norm.length < 7) return null;
  let memo = fuzzyMemo.get(index);
  if (!memo) fuzzyMemo.set(index, (memo = new Map<string, AliasRecord | null>()));
  const known = memo.get(token.norm);
  if (known !== undefined) return known;
  if (memo.size >= FUZZY_MEMO_MAX) memo.clear();
  const found = /^[a-z]+$/.test(token.norm) && !index.english.has(token.norm) ? fuzzyLookup(token.norm, index) : null;
  memo.set(token.norm, found);
  return found;
}

/** Symmetric-delete lookup (edit distance 1) over long, unambiguous, technical one-word aliases. */
function fuzzyLookup(word: string, index: SkillIndex): AliasRecord | null {
  if (!fuzzyTable) {
    const aliases = new Map<string, AliasRecord>();
    const deletions = new Map<string, Set<string>>();
    for (const [word, alias] of index.single) {
      if (alias.strict || alias.skill.category !== 'technical' || !/^[a-z]{6,}$/.test(word)) continue;
      aliases.set(word, alias);
      for (const d of deletionsOf(word)) deletions.set(d, (deletions.get(d) ?? new Set()).add(word));
    }
    fuzzyTable = { aliases, deletions };
  }
  const { aliases, deletions } = fuzzyTable;
  const hits = new Set<string>(deletions.get(word));
  for (const d of deletionsOf(word)) {
    if (aliases.has(d)) hits.add(d);
    for (const w of deletions.get(d) ?? []) hits.add(w);
  }
  const skills = new Set([...hits].map((w) => aliases.get(w)?.skill.key));
  const [only] = hits;
  return skills.size === 1 && only ? (aliases.get(only) ?? null) : null;
}

const isDigit = (code: number) => code >= 48 && code <= 57;

export function findCandidates(text: string, tokens: Token[], index: SkillIndex): Candidate[] {
  const out: Candidate[] = [];
  const push = (alias: AliasRecord, from: number, count: number, fuzzy = false) => {
    const start = tokens[from]?.start ?? 0;
    const end = tokens[from + count - 1]?.end ?? start;
    const raw = text.slice(start, end);
    if (alias.exactCase === null || raw === alias.exactCase)
      out.push({ skill: alias.skill, alias, start, end, raw, fuzzy });
  };
  const singulars = new Singulars(tokens);
  const lookups = scanLookupsOf(index);
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (!token) break;
    const multi = multiAt(text, tokens, i, lookups, index, singulars);
    if (multi) {
      push(multi[0], i, multi[1]);
      i += multi[1];
      continue;
    }
    const joined = joinedAt(text, tokens, i, lookups);
    if (joined) {
      push(joined, i, 2);
      i += 2;
      continue;
    }
    let single = index.single.get(token.norm);
    // Only a token ending in a digit can carry a version suffix ("html5").
    if (!single && isDigit(token.norm.charCodeAt(token.norm.length - 1))) {
      const stem = stripVersionSuffix(token.norm);
      single = stem ? index.single.get(stem) : undefined;
    }
    const fuzzy = single ? null : fuzzyAt(token, index);
    if (single) push(single, i, 1);
    else if (fuzzy) push(fuzzy, i, 1, true);
    i += 1;
  }
  return out;
}
