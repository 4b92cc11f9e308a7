/**
 * Text from a PDF's text layer. pdf.js (via unpdf) runs in the parse worker (document-worker.ts) after
 * the file's streams were measured (pdf-streams.ts); it hands back positioned pieces, which
 * pdf-layout.ts lays out into lines here (columns read one after the other, wide gaps kept), so the
 * parser sees one resume line per text line even when the page was drawn in another order.
 */
import { readInWorker, type WorkerFailure } from './document-worker';
import { pageText } from './pdf-layout';
import { assertPdfStreamsFit, pdfTooBig } from './pdf-streams';
import { resumeError } from './resume-errors';
import { UPLOAD_LIMITS } from './upload-limits';

/** Fewer letters than this per page (on average) means the pages are images: a scan or a photo. */
const MIN_LETTERS_PER_PAGE = 25;

function refusal(failure: WorkerFailure) {
  switch (failure.reason) {
    case 'too_many_pages':
      return resumeError(
        'too_large',
        `This PDF has ${failure.pages ?? 'too many'} pages; a resume import reads at most ${UPLOAD_LIMITS.maxPdfPages}. Upload the resume pages only.`,
        { pages: failure.pages, limit: UPLOAD_LIMITS.maxPdfPages },
      );
    case 'too_much_text':
      return resumeError(
        'too_large',
        `This PDF holds more than ${UPLOAD_LIMITS.maxTextChars.toLocaleString('en')} characters of text, far more than a resume. Upload the resume pages only.`,
        { limit: UPLOAD_LIMITS.maxTextChars },
      );
    case 'decompression_bomb':
      return pdfTooBig(UPLOAD_LIMITS.maxDecodedBufferBytes);
    case 'encrypted':
      return resumeError(
        'unreadable',
        'This PDF is password-protected. Remove the password (or print it to a new PDF) and upload it again.',
        { encrypted: true },
      );
    case 'unreadable':
      return resumeError(
        'unreadable',
        'This PDF is damaged or incomplete and cannot be read. Export it again from your editor, or paste the text.',
        { encrypted: false, detail: failure.detail },
      );
  }
}

export async function extractPdfText(bytes: Uint8Array): Promise<string> {
  await assertPdfStreamsFit(bytes, UPLOAD_LIMITS.maxPdfInflatedBytes);
  const reply = await readInWorker('pdf', bytes);
  if (!reply.ok) throw refusal(reply);
  if (reply.kind !== 'pdf') throw new Error('The document worker answered a PDF job with another kind');

  const text = reply.pages.map((page) => pageText(page.pieces, page.width)).join('\n');
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS_PER_PAGE * Math.max(1, reply.pages.length)) {
    throw resumeError(
      'no_text_layer',
      'This PDF has no selectable text (it looks scanned or made of images). Upload the original Word/PDF export, or paste the text.',
      { pages: reply.pages.length, letters },
    );
  }
  return text;
}
