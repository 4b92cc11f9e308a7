/**
 * What a file is, from its bytes (magic numbers), and what its name or declared MIME type claims.
 * The content decides; the claim is only used to tell the user "this .pdf is not a PDF".
 */

export type SniffedKind = 'pdf' | 'zip' | 'ole' | 'image' | 'rtf' | 'text' | 'binary';
export type ClaimedFormat = 'pdf' | 'docx' | 'txt' | 'doc' | 'other' | null;

const startsWith = (bytes: Uint8Array, magic: readonly number[], offset = 0) =>
  magic.every((b, i) => bytes[offset + i] === b);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // legacy .doc/.xls
const RTF = [0x7b, 0x5c, 0x72, 0x74, 0x66]; // {\rtf
const IMAGES = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x49, 0x49, 0x2a, 0x00], // TIFF (little-endian)
  [0x4d, 0x4d, 0x00, 0x2a], // TIFF (big-endian)
];

/** Where "%PDF-" may start: the spec allows junk before it, readers accept it within the first KB. */
const PDF_SEARCH_WINDOW = 1024;

function findPdfHeader(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length - PDF.length, PDF_SEARCH_WINDOW);
  for (let i = 0; i <= limit; i++) if (startsWith(bytes, PDF, i)) return true;
  return false;
}

export function sniffKind(bytes: Uint8Array): SniffedKind {
  if (findPdfHeader(bytes)) return 'pdf';
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return 'zip';
  if (startsWith(bytes, OLE)) return 'ole';
  if (startsWith(bytes, RTF)) return 'rtf';
  if (IMAGES.some((magic) => startsWith(bytes, magic))) return 'image';
  return decodeText(bytes) === null ? 'binary' : 'text';
}

const EXTENSION_FORMATS: Record<string, ClaimedFormat> = {
  pdf: 'pdf',
  docx: 'docx',
  txt: 'txt',
  text: 'txt',
  doc: 'doc',
};
const MIME_FORMATS: Record<string, ClaimedFormat> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'text/plain': 'txt',
  'application/msword': 'doc',
};

/** The extension wins over the MIME type (browsers send octet-stream for unknown files). */
export function claimedFormat(filename?: string, declaredType?: string): ClaimedFormat {
  const extension = /\.([a-z0-9]{1,8})$/i.exec(filename ?? '')?.[1]?.toLowerCase();
  if (extension) return EXTENSION_FORMATS[extension] ?? 'other';
  const mime = declaredType?.split(';')[0]?.trim().toLowerCase();
  return mime ? (MIME_FORMATS[mime] ?? null) : null;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Control characters other than tab, LF, CR and form feed: a sign of binary data. */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

/**
 * Plain text as a string, or null when the bytes are not text: invalid UTF-8 (after any BOM), any NUL,
 * or more than 1 in 1000 characters being control codes. UTF-16 with a BOM (Windows "Unicode" .txt) is
 * accepted too.
 */
export function decodeText(bytes: Uint8Array): string | null {
  let text: string;
  try {
    if (startsWith(bytes, [0xff, 0xfe])) text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    else if (startsWith(bytes, [0xfe, 0xff]))
      text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    else text = utf8.decode(startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes);
  } catch {
    return null;
  }
  if (text.includes('\u0000')) return null;
  const controls = text.match(CONTROL)?.length ?? 0;
  return controls * 1000 > text.length ? null : text;
}
