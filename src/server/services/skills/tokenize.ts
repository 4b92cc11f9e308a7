/**
 * The one tokenizer used both to index skill aliases and to scan free text, so that "Node.js",
 * "node js" and "NODE.JS" all become the same token sequence. Offsets point into the original text.
 */

export interface Token {
  /** Normalized form: lowercase, diacritics removed ("Naïve" -> "naive"). */
  norm: string;
  /** Offsets of the characters as written (text.slice(start, end)). */
  start: number;
  end: number;
}

// A token is a run of letters/digits (identifiers like tds_fdw stay whole), optionally ending in "+"/"#" (C++, C#, F#). A dot starts a token
// only when nothing alphanumeric precedes it, so ".NET" is one token but "ASP.NET" is "asp" + "net" and
// "node.js" is "node" + "js": the index stores every alias the same way, so both spellings meet.
// As a regular expression (tokenize.test.ts keeps it as the reference the scanner below must equal):
//   /(?:(?<![\p{L}\p{N}])\.(?=\p{L}))?[\p{L}\p{N}]+(?:_[\p{L}\p{N}]+)*[+#]*/gu
// The hand-written scanner is ~4x faster than matchAll over that expression, and every description an
// ingestion run reads is tokenized once.
const COMBINING_MARKS = /\p{M}+/gu;
const LETTER = /^\p{L}$/u;
const NUMBER = /^\p{N}$/u;

const ASCII = /^[\x00-\x7f]*$/;

/** 1 letter, 2 digit or other number, 0 neither; memoized per code point beyond ASCII. */
const classes = new Map<number, number>();
function classOf(cp: number): number {
  if (cp < 128) {
    if ((cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90)) return 1;
    return cp >= 48 && cp <= 57 ? 2 : 0;
  }
  let c = classes.get(cp);
  if (c === undefined) {
    const ch = String.fromCodePoint(cp);
    c = LETTER.test(ch) ? 1 : NUMBER.test(ch) ? 2 : 0;
    classes.set(cp, c);
  }
  return c;
}

const isAlnum = (cp: number | undefined): boolean => cp !== undefined && classOf(cp) !== 0;
const width = (cp: number): number => (cp > 0xffff ? 2 : 1);

/** The code point that ends just before `i` (a surrogate pair read whole). */
function codePointBefore(text: string, i: number): number | undefined {
  if (i <= 0) return undefined;
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(i - 2);
  }
  return low;
}

/** Where the run of letters and digits that starts at `i` ends; `wide` notes a code point beyond ASCII. */
let wide = false;
function skipAlnum(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return i;
      i++;
      continue;
    }
    const cp = text.codePointAt(i);
    if (!isAlnum(cp)) return i;
    wide = true;
    i += width(cp!);
  }
}

export function normalizeToken(raw: string): string {
  // Most tokens are plain ASCII, where decomposition changes nothing: skip it (hot in ingestion).
  if (ASCII.test(raw)) return raw.toLowerCase();
  return raw.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // The text is lower-cased once; an ASCII token's norm is a slice of that (when lower-casing kept
  // every offset: it can lengthen a few characters, "İ" -> "i̇"). Other tokens are normalized alone.
  const lowered = text.toLowerCase();
  const lower = lowered.length === text.length ? lowered : null;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cp = text.codePointAt(i)!;
    let end: number;
    wide = false;
    if (classOf(cp) !== 0) end = skipAlnum(text, i);
    else if (cp === 46 && classOf(text.codePointAt(i + 1) ?? 0) === 1 && !isAlnum(codePointBefore(text, i)))
      end = skipAlnum(text, i + 1);
    else {
      i += width(cp);
      continue;
    }
    while (text.charCodeAt(end) === 95 && isAlnum(text.codePointAt(end + 1))) end = skipAlnum(text, end + 1);
    while (text.charCodeAt(end) === 43 || text.charCodeAt(end) === 35) end++;
    tokens.push({ norm: lower && !wide ? lower.slice(i, end) : normalizeToken(text.slice(i, end)), start: i, end });
    i = end;
  }
  return tokens;
}

export function tokenNorms(text: string): string[] {
  return tokenize(text).map((t) => t.norm);
}

/**
 * A cautious singular for words inside multi-word phrases ("transitions management", "decision
 * trees"). Single-token product names are never folded (pandas, kubernetes, jenkins, aws).
 */
export function singularize(norm: string): string {
  if (norm.length < 5 || !norm.endsWith('s')) return norm;
  if (/(ss|us|is|ys)$/.test(norm)) return norm;
  if (norm.endsWith('ies')) return `${norm.slice(0, -3)}y`;
  return norm.slice(0, -1);
}

/** "html5" -> "html", "python3" -> "python"; null when the token carries no version suffix. */
export function stripVersionSuffix(norm: string): string | null {
  const m = /^([a-z][a-z+#]{2,}?)v?\d+(?:\.\d+)*$/.exec(norm);
  return m?.[1] ?? null;
}

const VERSION_TOKEN =
  /^(?:v?\d{1,2}(?:\.\d+)*(?:[a-z]{1,2}\d?)?|\d{1,2}[a-z]?|r\d|x|xp|vista|se|ee|ce|lts|\d{2}g(?:r\d)?|\d{1,2}c|\d+\.x)$/;

/** Version-like tokens that may follow a product name ("Angular 6", "Windows XP", "Oracle 11g"). */
export function isVersionToken(norm: string): boolean {
  return VERSION_TOKEN.test(norm);
}

/** Whitespace collapsed, trimmed; the casing the user typed is kept. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
