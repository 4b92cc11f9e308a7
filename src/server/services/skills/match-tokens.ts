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

/**
 * Everything the scan asks about one word, answered once per distinct word and index: a posting's
 * ~1,000 tokens are mostly the same few thousand words, and each used to cost five lookups and a
 * singular form per position (a third of a posting's normalizing time).
 */
interface WordInfo {
  /** singularize(norm): how multi-word aliases store their words. */
  singular: string;
  /** Multi-word aliases this word may start (see ScanLookups.multi); undefined: none. */
  multi: Map<string, AliasRecord[]> | null | undefined;
  /** One-word aliases this word and the next may spell split, by the next word; never for a stopword. */
  joins: Map<string, AliasRecord> | undefined;
  stopword: boolean;
  /** The one-word alias the word is, directly or without its version suffix ("html5"). */
  single: AliasRecord | undefined;
  /** A one-typo spelling of a long product name, when the word is no alias itself. */
  fuzzy: AliasRecord | null;
}

interface ScanState {
  lookups: ScanLookups;
  words: Map<string, WordInfo>;
}
const scanStates = new WeakMap<SkillIndex, ScanState>();
/** Distinct words remembered per index; a long-running server starts over past this. */
const WORDS_MAX = 100_000;

function scanStateOf(index: SkillIndex): ScanState {
  let state = scanStates.get(index);
  if (!state) scanStates.set(index, (state = { lookups: buildLookups(index), words: new Map() }));
  return state;
}

function wordInfo(norm: string, state: ScanState, index: SkillIndex): WordInfo {
  const known = state.words.get(norm);
  if (known) return known;
  if (state.words.size >= WORDS_MAX) state.words.clear();
  const singular = singularize(norm);
  const stopword = STOPWORDS.has(norm);
  let single = index.single.get(norm);
  // Only a token ending in a digit can carry a version suffix ("html5").
  if (!single && isDigit(norm.charCodeAt(norm.length - 1))) {
    const stem = stripVersionSuffix(norm);
    single = stem ? index.single.get(stem) : undefined;
  }
  const info: WordInfo = {
    singular,
    multi: state.lookups.multi.get(singular),
    joins: stopword ? undefined : state.lookups.joins.get(norm),
    stopword,
    single,
    fuzzy: single ? null : fuzzyAt(norm, index),
  };
  state.words.set(norm, info);
  return info;
}

function buildLookups(index: SkillIndex): ScanLookups {
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
  return { multi, joins };
}

/** A one-word alias a split spelling may name ("Java Script", "Matplot lib"): long and all letters. */
const joinable = (word: string, alias: AliasRecord) =>
  !!alias.tokens[0] && alias.tokens[0].length >= 6 && /^[a-z]+$/.test(word);

/** Each token's WordInfo, looked up once per position and only when the scan reaches it. */
class Words {
  private readonly infos: (WordInfo | undefined)[];
  constructor(
    private readonly tokens: Token[],
    private readonly state: ScanState,
    private readonly index: SkillIndex,
  ) {
    this.infos = new Array<WordInfo | undefined>(tokens.length);
  }
  at(i: number): WordInfo | undefined {
    const known = this.infos[i];
    if (known) return known;
    const token = this.tokens[i];
    return token ? (this.infos[i] = wordInfo(token.norm, this.state, this.index)) : undefined;
  }
}

function multiAt(
  text: string,
  tokens: Token[],
  i: number,
  words: Words,
  index: SkillIndex,
): [AliasRecord, number] | null {
  const first = words.at(i);
  const bySecond = first?.multi;
  if (!first || bySecond === undefined) return null;
  let aliases: AliasRecord[] | undefined;
  if (bySecond === null) aliases = index.multi.get(first.singular);
  else {
    const second = words.at(i + 1);
    aliases = second === undefined ? undefined : bySecond.get(second.singular);
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
        words.at(i + k)?.singular === alias.tokens[k] &&
        (alias.allowComma ? SEPARATOR_WITH_COMMA : SEPARATOR).test(gap);
    }
    if (ok) return [alias, n];
  }
  return null;
}

function joinedAt(text: string, tokens: Token[], i: number, words: Words): AliasRecord | null {
  const a = tokens[i];
  const b = tokens[i + 1];
  // Cheapest tests first: this runs at every token of every description an ingestion run reads.
  if (!a || !b || b.start - a.end !== 1) return null;
  const gap = text.charCodeAt(a.end);
  if (gap !== 32 && gap !== 9) return null;
  const alias = words.at(i)?.joins?.get(b.norm);
  if (!alias || words.at(i + 1)?.stopword) return null;
  return alias;
}

let fuzzyTable: { aliases: Map<string, AliasRecord>; deletions: Map<string, Set<string>> } | undefined;

function deletionsOf(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Answered once per distinct word (WordInfo): the lookup builds ~10 deletion strings per word. */
function fuzzyAt(norm: string, index: SkillIndex): AliasRecord | null {
  if (norm.length < 7) return null;
  return /^[a-z]+$/.test(norm) && !index.english.has(norm) ? fuzzyLookup(norm, index) : null;
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
  const words = new Words(tokens, scanStateOf(index), index);
  let i = 0;
  while (i < tokens.length) {
    const word = words.at(i);
    if (!word) break;
    const multi = multiAt(text, tokens, i, words, index);
    if (multi) {
      push(multi[0], i, multi[1]);
      i += multi[1];
      continue;
    }
    const joined = joinedAt(text, tokens, i, words);
    if (joined) {
      push(joined, i, 2);
      i += 2;
      continue;
    }
    if (word.single) push(word.single, i, 1);
    else if (word.fuzzy) push(word.fuzzy, i, 1, true);
    i += 1;
  }
  return out;
}
