/**
 * The one tokenizer used both to index skill aliases and to scan free text, so that "Node.js",
 * "node js" and "NODE.JS" all become the same token sequence. Offsets point into the original text.
 */

export interface Token {
  /** Normalized form: lowercase, diacritics removed ("Naïve" -> "naive"). */
  norm: string;
  /** The characters as written. */
  raw: string;
  start: number;
  end: number;
}

// A token is a run of letters/digits (identifiers like tds_fdw stay whole), optionally ending in "+"/"#" (C++, C#, F#). A dot starts a token
// only when nothing alphanumeric precedes it, so ".NET" is one token but "ASP.NET" is "asp" + "net" and
// "node.js" is "node" + "js": the index stores every alias the same way, so both spellings meet.
const TOKEN = /(?:(?<![\p{L}\p{N}])\.(?=\p{L}))?[\p{L}\p{N}]+(?:_[\p{L}\p{N}]+)*[+#]*/gu;
const COMBINING_MARKS = /\p{M}+/gu;

const ASCII = /^[\x00-\x7f]*$/;

export function normalizeToken(raw: string): string {
  // Most tokens are plain ASCII, where decomposition changes nothing: skip it (hot in ingestion).
  if (ASCII.test(raw)) return raw.toLowerCase();
  return raw.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index;
    tokens.push({ norm: normalizeToken(raw), raw, start, end: start + raw.length });
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
