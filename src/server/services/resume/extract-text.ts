/**
 * Uploaded file (or pasted text) -> plain text, deciding the format from the content, never from the
 * name alone. Every failure is an AppError with `details.reason` (see resume-errors.ts).
 */
import { RESUME_MAX_BYTES, RESUME_MAX_PASTE_CHARS } from '@/lib/validators/resume';
import { assertResumeContent } from './resume-content';
import { claimedFormat, decodeText, sniffKind, type ClaimedFormat, type SniffedKind } from './detect-type';
import { readInWorker } from './document-worker';
import { docxHtmlToText } from './docx-text';
import { extractPdfText } from './pdf-text';
import { formatBytes, resumeError } from './resume-errors';
import { UPLOAD_LIMITS } from './upload-limits';
import { openZipSafely } from './zip-guard';

export type ExtractTextInput = { bytes: Uint8Array; filename?: string; declaredType?: string } | { text: string };
export interface ExtractedText {
  text: string;
  format: 'pdf' | 'docx' | 'txt' | 'paste';
}

const FORMAT_NAMES: Record<Exclude<ClaimedFormat, null>, string> = {
  pdf: 'a PDF',
  docx: 'a Word (.docx) document',
  txt: 'a text file',
  doc: 'an old Word (.doc) document',
  other: 'a supported file',
};

const KIND_FORMATS: Record<SniffedKind, 'pdf' | 'docx' | 'txt' | null> = {
  pdf: 'pdf',
  zip: 'docx',
  text: 'txt',
  ole: null,
  image: null,
  rtf: null,
  binary: null,
};
const KIND_NAMES: Record<SniffedKind, string> = {
  pdf: 'a PDF',
  zip: 'a ZIP archive (such as a Word document)',
  text: 'plain text',
  ole: 'an old-style Office document',
  image: 'an image',
  rtf: 'an RTF document',
  binary: 'not a readable document',
};

function mismatch(claimed: ClaimedFormat, actual: string, filename?: string) {
  const label = filename ? `"${filename}"` : 'This file';
  return resumeError(
    'type_mismatch',
    `${label} is named as ${FORMAT_NAMES[claimed ?? 'other']} but its content is ${actual}. Upload the original file.`,
    { claimed, actual },
  );
}

function unsupported(what: string, details: Record<string, unknown>) {
  return resumeError(
    'unsupported_type',
    `${what} Upload a PDF, a Word (.docx) or a plain-text file, or paste the text.`,
    details,
  );
}

/** The archive is measured here (every entry, inflated for real); mammoth runs in the parse worker. */
async function extractDocxText(bytes: Uint8Array): Promise<string> {
  const zip = await openZipSafely(bytes);
  if (!zip.file('word/document.xml') || !zip.file('[Content_Types].xml')) {
    throw unsupported('This is a ZIP archive, not a Word document.', { kind: 'zip' });
  }
  const reply = await readInWorker('docx', bytes);
  if (!reply.ok && reply.reason === 'too_much_text') throw tooMuchText('Word document');
  if (!reply.ok && reply.reason === 'decompression_bomb')
    throw resumeError(
      'zip_bomb',
      'This file was rejected for safety: a part of it expands too far when opened. Save it again or export a PDF.',
      { bytes: reply.bytes },
    );
  if (!reply.ok || reply.kind !== 'docx') {
    throw resumeError('unreadable', 'This Word document is damaged and cannot be read.', {
      detail: reply.ok ? reply.kind : reply.detail,
    });
  }
  const text = docxHtmlToText(reply.html);
  if (text.length > UPLOAD_LIMITS.maxTextChars) throw tooMuchText('Word document');
  return text;
}

const tooMuchText = (what: string) =>
  resumeError(
    'too_large',
    `This ${what} holds more than ${UPLOAD_LIMITS.maxTextChars.toLocaleString('en')} characters of text, far more than a resume. Upload the resume pages only.`,
    { limit: UPLOAD_LIMITS.maxTextChars },
  );

async function fromBytes(bytes: Uint8Array, filename?: string, declaredType?: string): Promise<ExtractedText> {
  if (bytes.length > RESUME_MAX_BYTES) {
    throw resumeError(
      'too_large',
      `This file is ${formatBytes(bytes.length)}; the limit is ${formatBytes(RESUME_MAX_BYTES)}. Remove images or export a smaller PDF.`,
      { size: bytes.length, limit: RESUME_MAX_BYTES },
    );
  }
  if (bytes.length === 0) throw resumeError('empty', 'This file is empty.', { size: 0 });

  const claimed = claimedFormat(filename, declaredType);
  const kind = sniffKind(bytes);
  const actual = KIND_FORMATS[kind];
  // A name that promises one of our formats must match the content: "cv.pdf" holding text or a PNG.
  if ((claimed === 'pdf' || claimed === 'docx' || claimed === 'txt') && actual !== claimed) {
    throw mismatch(claimed, KIND_NAMES[kind], filename);
  }
  if (claimed === 'doc' && actual !== null) throw mismatch(claimed, KIND_NAMES[kind], filename);

  if (kind === 'pdf') return { text: await extractPdfText(bytes), format: 'pdf' };
  if (kind === 'zip') return { text: await extractDocxText(bytes), format: 'docx' };
  if (kind === 'text') {
    const text = decodeText(bytes) ?? '';
    if (!text.trim()) throw resumeError('empty', 'This file contains no text.', { size: bytes.length });
    return { text, format: 'txt' };
  }
  if (kind === 'ole') throw unsupported('Old Word (.doc) files are not supported: save it as .docx or PDF.', { kind });
  if (kind === 'image') throw unsupported('This is an image, not a document with text.', { kind });
  if (kind === 'rtf') throw unsupported('RTF files are not supported: save it as .docx or PDF.', { kind });
  throw unsupported('This file type is not supported.', { kind });
}

export async function extractResumeText(input: ExtractTextInput): Promise<ExtractedText> {
  let result: ExtractedText;
  if ('text' in input) {
    if (!input.text.trim()) throw resumeError('empty', 'Paste the text of your resume first.', { characters: 0 });
    if (input.text.length > RESUME_MAX_PASTE_CHARS) {
      throw resumeError(
        'too_large',
        `Pasted text is limited to ${RESUME_MAX_PASTE_CHARS.toLocaleString('en')} characters.`,
        {
          characters: input.text.length,
          limit: RESUME_MAX_PASTE_CHARS,
        },
      );
    }
    result = { text: input.text, format: 'paste' };
  } else {
    result = await fromBytes(input.bytes, input.filename, input.declaredType);
  }
  assertResumeContent(result.text);
  return result;
}
