/**
 * Fonts for PDFs whose text the standard fonts cannot draw (Polish, Czech, Cyrillic, Greek,
 * Vietnamese names and places): DejaVu, from the `dejavu-fonts-ttf` package (free licence, wide
 * Latin, Greek and Cyrillic coverage). pdfkit embeds only the glyphs a document uses, with a
 * ToUnicode map, so the text stays selectable and reads back. Kept off the common path: a
 * document in WinAnsi keeps the standard fonts and its small size.
 */
import path from 'node:path';
import { openSync, type Font } from 'fontkit';
import type { DocumentTemplate } from '@/lib/validators/documents';

type FontFamily = DocumentTemplate['styling']['fontFamily'];

// Resolved from the project root (next start, tests, scripts); next.config.ts traces these files
// into serverless bundles.
const TTF_DIR = path.join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf');

const FILES: Record<FontFamily, { regular: string; bold: string }> = {
  Helvetica: { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' },
  'Times-Roman': { regular: 'DejaVuSerif.ttf', bold: 'DejaVuSerif-Bold.ttf' },
  Courier: { regular: 'DejaVuSansMono.ttf', bold: 'DejaVuSansMono-Bold.ttf' },
};

export interface FontPair {
  regular: string;
  bold: string;
}

interface FontRegistry {
  registerFont(name: string, src: string): unknown;
}

/** Registers the family's Unicode pair on the document; answers the names to select them by. */
export function registerUnicodeFonts(doc: FontRegistry, family: FontFamily): FontPair {
  const files = FILES[family];
  doc.registerFont('unicode-regular', path.join(TTF_DIR, files.regular));
  doc.registerFont('unicode-bold', path.join(TTF_DIR, files.bold));
  return { regular: 'unicode-regular', bold: 'unicode-bold' };
}

const WHITESPACE = /\s/;
/** Joiners and presentation selectors of emoji sequences ("👩‍💻", "❤️"): invisible, and nothing to join once the emoji is gone. */
const EMOJI_GLUE = /[\u200d\ufe0e\ufe0f]/;
const glyphTests = new Map<string, (codePoint: number) => boolean>();

/** Whether the font file has a glyph for a code point; each file is read once per process. */
function glyphTest(file: string): (codePoint: number) => boolean {
  let test = glyphTests.get(file);
  if (!test) {
    // pdfkit draws with fontkit too, so this is the same table it looks glyphs up in.
    const font = openSync(path.join(TTF_DIR, file)) as Font;
    test = (codePoint) => font.hasGlyphForCodePoint(codePoint);
    glyphTests.set(file, test);
  }
  return test;
}

/** Whether both faces of the family draw a character (whitespace always counts as drawn). */
function drawsWith(family: FontFamily): (c: string) => boolean {
  const { regular, bold } = FILES[family];
  const [inRegular, inBold] = [glyphTest(regular), glyphTest(bold)];
  return (c) => {
    const cp = c.codePointAt(0) ?? 0;
    return WHITESPACE.test(c) || (!EMOJI_GLUE.test(c) && inRegular(cp) && inBold(cp));
  };
}

/**
 * Text as the family's Unicode pair can draw it. A character neither regular nor bold has a
 * glyph for (emoji: DejaVu has none) came out as an empty box, and read back as a NUL; it is
 * left out of the PDF with the space it leaves, also before the punctuation that followed it
 * ("consideration 🙂." reads "consideration."). The DOCX, text and JSON exports keep it.
 */
export function drawableWith(family: FontFamily): (text: string) => string {
  const draws = drawsWith(family);
  return (text) => {
    let out = '';
    let dropped = false;
    for (const c of text) {
      if (draws(c)) out += c;
      else dropped = true;
    }
    return dropped
      ? out
          .replace(/ {2,}/g, ' ')
          .replace(/ +([.,;:!?)\]])/g, '$1')
          .trim()
      : out;
  };
}

/** The distinct characters of the text the family cannot draw (joiners and selectors aside), in order. */
export function undrawableWith(family: FontFamily, text: string): string[] {
  const draws = drawsWith(family);
  const out = new Set<string>();
  for (const c of text) if (!draws(c) && !EMOJI_GLUE.test(c)) out.add(c);
  return [...out];
}
