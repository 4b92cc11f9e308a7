/**
 * Repairs text that was UTF-8 on disk but decoded as Latin-1 / Windows-1252 somewhere upstream
 * ("â€¢" for "•", "Ã¯" for "ï", "â€™" for "’"). Resume exports and scraped datasets are full of it.
 *
 * Safe on clean text: only a run of characters that re-encodes (as single bytes) to a *valid* UTF-8
 * multi-byte sequence is replaced. A lone "é" or "Ã" is left alone, because its byte is not a
 * complete UTF-8 sequence, so correctly decoded accented text never changes.
 */

/** Windows-1252 code points in 0x80-0x9F that differ from Latin-1, mapped back to their byte. */
const CP1252_BYTES: ReadonlyMap<number, number> = new Map([
  [0x20ac, 0x80],
  [0x201a, 0x82],
  [0x0192, 0x83],
  [0x201e, 0x84],
  [0x2026, 0x85],
  [0x2020, 0x86],
  [0x2021, 0x87],
  [0x02c6, 0x88],
  [0x2030, 0x89],
  [0x0160, 0x8a],
  [0x2039, 0x8b],
  [0x0152, 0x8c],
  [0x017d, 0x8e],
  [0x2018, 0x91],
  [0x2019, 0x92],
  [0x201c, 0x93],
  [0x201d, 0x94],
  [0x2022, 0x95],
  [0x2013, 0x96],
  [0x2014, 0x97],
  [0x02dc, 0x98],
  [0x2122, 0x99],
  [0x0161, 0x9a],
  [0x203a, 0x9b],
  [0x0153, 0x9c],
  [0x017e, 0x9e],
  [0x0178, 0x9f],
]);

/** Fast pre-check: every mojibake sequence starts with a Latin-1 lead byte 0xC2-0xF4. */
const LEAD_CHAR = /[\u00c2-\u00f4]/;
/** Left after one pass when the text was encoded twice (UTF-8 -> Latin-1 -> UTF-8 -> Latin-1). */
const DOUBLE_ENCODED =
  /Ã[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122]|Â[\u0080-\u00bf]|â€/;
const decoder = new TextDecoder('utf-8', { fatal: true });

function toByte(ch: string): number | null {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp >= 0x80 && cp <= 0xff) return cp;
  return CP1252_BYTES.get(cp) ?? null;
}

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

function repairOnce(text: string): string {
  const chars = Array.from(text);
  let out = '';
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i] ?? '';
    const lead = toByte(ch);
    const length = lead === null ? 0 : sequenceLength(lead);
    const bytes: number[] = lead === null ? [] : [lead];
    for (let k = 1; k < length; k++) {
      const b = toByte(chars[i + k] ?? '');
      if (b === null || b < 0x80 || b > 0xbf) break;
      bytes.push(b);
    }
    if (length > 0 && bytes.length === length) {
      try {
        out += decoder.decode(new Uint8Array(bytes));
        i += length;
        continue;
      } catch {
        // Not valid UTF-8 (e.g. an overlong form): keep the characters as they are.
      }
    }
    out += ch;
    i += 1;
  }
  return out;
}

/** Returns the repaired text (the same string when there is nothing to repair). */
export function repairMojibake(text: string): string {
  if (!LEAD_CHAR.test(text)) return text;
  let current = repairOnce(text);
  // A second (and last) pass only when the classic double-encoding markers remain; a blind second
  // pass would turn a legitimately repaired "Ø\u00a0" (a Wingdings bullet) into an Arabic letter.
  for (let pass = 0; pass < 2 && DOUBLE_ENCODED.test(current); pass++) {
    const next = repairOnce(current);
    if (next === current) break;
    current = next;
  }
  return current;
}
