/**
 * Fonts for PDFs whose text the standard fonts cannot draw (Polish, Czech, Cyrillic, Greek,
 * Vietnamese names and places): DejaVu, from the `dejavu-fonts-ttf` package (free licence, wide
 * Latin, Greek and Cyrillic coverage). pdfkit embeds only the glyphs a document uses, with a
 * ToUnicode map, so the text stays selectable and reads back. Kept off the common path: a
 * document in WinAnsi keeps the standard fonts and its small size.
 */
import path from 'node:path';
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
