/**
 * A PDF's compressed streams, measured before pdf.js sees the file. pdf.js inflates a content stream
 * whole into memory, so a 1 MB file whose stream of zeros inflates to 1 GB costs 1 GB; here every
 * Flate stream is inflated for real (counted, not kept, off the event loop) against one budget and
 * the file is refused once the total passes it. Streams behind another filter (ASCIIHex, ASCII85,
 * LZW, RunLength) are not measured here: in the parse worker no decoded buffer may pass the same
 * cap (read-document.worker.mjs), and its memory and time caps stop anything else.
 */
import { inflatedSize, looksLikeZlib } from './inflated-size';
import { formatBytes, resumeError } from './resume-errors';

export interface PdfStream {
  /** The stream's dictionary text (from its "obj" to "stream"), at most DICT_WINDOW characters. */
  dict: string;
  body: Uint8Array;
}

/** How far back from "stream" its dictionary is looked for: resume dictionaries are short. */
const DICT_WINDOW = 4096;

/** The bytes between "stream" and "endstream": by a direct /Length when it fits, else by search. */
function bodyOf(text: string, bytes: Uint8Array, start: number, dict: string): Uint8Array {
  const declared = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict)?.[1];
  const length = declared === undefined ? NaN : Number(declared);
  if (
    Number.isSafeInteger(length) &&
    start + length <= bytes.length &&
    /^\s*endstream/.test(text.slice(start + length, start + length + 20))
  )
    return bytes.subarray(start, start + length);
  const end = text.indexOf('endstream', start);
  return bytes.subarray(start, end === -1 ? bytes.length : end);
}

/** Every "stream … endstream" in the file, including those inside incremental updates. */
export function pdfStreams(bytes: Uint8Array): PdfStream[] {
  // latin1 maps each byte to one character, so string offsets are byte offsets.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  const streams: PdfStream[] = [];
  const keyword = /\bstream(?:\r\n|\n|\r)/g;
  for (let match = keyword.exec(text); match; match = keyword.exec(text)) {
    const at = match.index;
    const objAt = text.lastIndexOf('obj', at);
    const dict = text.slice(Math.max(objAt, at - DICT_WINDOW), at);
    const start = at + match[0].length;
    const body = bodyOf(text, bytes, start, dict);
    streams.push({ dict, body });
    // Resume after the body: compressed bytes may spell "stream" by chance.
    keyword.lastIndex = start + body.length;
  }
  return streams;
}

/** Images are decoded only to be drawn, and text extraction draws nothing. */
const isImage = (dict: string) => /\/Subtype\s*\/Image\b/.test(dict);

/** The refusal for a PDF that expands past `limit` bytes, wherever that is found. */
export const pdfTooBig = (limit: number) =>
  resumeError(
    'decompression_bomb',
    `This PDF expands to more than ${formatBytes(limit)} when opened (a resume needs a few MB at most). Export it again as a plain PDF, or paste the text.`,
    { limit },
  );

/** Throws `decompression_bomb` when the file's Flate streams inflate past `budget` bytes in total. */
export async function assertPdfStreamsFit(bytes: Uint8Array, budget: number): Promise<void> {
  let total = 0;
  for (const stream of pdfStreams(bytes)) {
    if (isImage(stream.dict) || !looksLikeZlib(stream.body)) continue;
    const size = await inflatedSize(stream.body, 'zlib', budget - total);
    total += size.bytes;
    if (size.overBudget) throw pdfTooBig(budget);
  }
}
