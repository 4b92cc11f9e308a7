/**
 * PDF's standard fonts (the ones pdfkit ships) draw only the WinAnsi character set. A character
 * outside it would come out as a wrong glyph, so it is replaced here by its nearest spelling:
 * the letter without its accent ("ő" -> "o"), a plain equivalent for common symbols, or dropped.
 * Only documents that are WinAnsi throughout use it: others get an embedded Unicode font
 * (unicode-fonts.ts), because a name must never lose a letter.
 */
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const SUBSTITUTES: Record<string, string> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2009': ' ',
};

const drawable = (c: string) => {
  const code = c.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRAS.has(c);
};

/** True when every character can be drawn with the standard fonts as it is. */
export function isWinAnsi(text: string): boolean {
  for (const c of text) if (!drawable(c) && c !== '\t' && c !== '\n') return false;
  return true;
}

export function toWinAnsi(text: string): string {
  let out = '';
  for (const c of text) {
    if (drawable(c)) out += c;
    else if (SUBSTITUTES[c]) out += SUBSTITUTES[c];
    else if (c === '\t' || c === '\n') out += ' ';
    else out += [...c.normalize('NFKD')].filter((d) => drawable(d)).join('');
  }
  return out;
}
