/**
 * Text from a PDF's text layer via unpdf (pdf.js). The positioned pieces are laid out into lines by
 * pdf-layout.ts (columns read one after the other, wide gaps kept), so the parser sees one resume line
 * per text line even when the page was drawn in another order.
 */
import { getDocumentProxy } from 'unpdf';
import { pageText, type TextPiece } from './pdf-layout';
import { resumeError } from './resume-errors';

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

async function readPages(pdf: PdfDocument): Promise<string> {
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    const pieces: TextPiece[] = [];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      const [, , c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
      pieces.push({ str: item.str, x, y, width: item.width, fontSize: Math.hypot(c, d) || 10 });
    }
    pages.push(pageText(pieces, page.view[2] ?? 612));
  }
  return pages.join('\n');
}

/** Fewer letters than this per page (on average) means the pages are images: a scan or a photo. */
const MIN_LETTERS_PER_PAGE = 25;

export async function extractPdfText(bytes: Uint8Array): Promise<string> {
  let result: { totalPages: number; text: string };
  try {
    // pdf.js may transfer (detach) the buffer it is given: hand it a copy, never the caller's bytes.
    // verbosity 0: its recovery warnings ("Indexing all PDF objects") are ours to report, not to log.
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    try {
      result = { totalPages: pdf.numPages, text: await readPages(pdf) };
    } finally {
      await pdf.destroy();
    }
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    const encrypted = name === 'PasswordException';
    throw resumeError(
      'unreadable',
      encrypted
        ? 'This PDF is password-protected. Remove the password (or print it to a new PDF) and upload it again.'
        : 'This PDF is damaged or incomplete and cannot be read. Export it again from your editor, or paste the text.',
      { encrypted },
      error,
    );
  }
  const letters = result.text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS_PER_PAGE * Math.max(1, result.totalPages)) {
    throw resumeError(
      'no_text_layer',
      'This PDF has no selectable text (it looks scanned or made of images). Upload the original Word/PDF export, or paste the text.',
      { pages: result.totalPages, letters },
    );
  }
  return result.text;
}
