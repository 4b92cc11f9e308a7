/**
 * DOCX files are ZIP archives, and a ZIP can inflate a few hundred KB into gigabytes. Before anything
 * parses the file, the central directory (read by JSZip, which does not inflate on load) is checked
 * against caps; then every entry is inflated for real, by Node's zlib off the event loop, counted and
 * dropped, against one budget. Every entry, not only the ones named like Word parts: the reader
 * follows `_rels/.rels` to the main document, which may be any name (`word/main.dat`) with any
 * declared size, so a check by name or by declared size can be walked around.
 */
import JSZip from 'jszip';
import { inflatedSize } from './inflated-size';
import { formatBytes, resumeError } from './resume-errors';

export const ZIP_LIMITS = {
  maxEntries: 1_000,
  /** Real resumes are well under 5 MB uncompressed even with photos. */
  maxTotalUncompressed: 20 * 1024 * 1024,
  /** XML compresses ~5-20x; zeros ~1000x. Applied to entries over `ratioMinBytes`. */
  maxRatio: 100,
  ratioMinBytes: 1024 * 1024,
} as const;

interface ZipEntryData {
  compressed: number;
  uncompressed: number;
  /** The entry's stored bytes and how they are compressed ("\x00\x00" stored, "\x08\x00" deflate). */
  content: Uint8Array | null;
  method: string | null;
}

/** JSZip keeps the central directory's sizes and the raw bytes on the private `_data` CompressedObject. */
function entryData(file: JSZip.JSZipObject): ZipEntryData | null {
  const data: unknown = Reflect.get(file, '_data');
  if (typeof data !== 'object' || data === null) return null;
  const compressed: unknown = Reflect.get(data, 'compressedSize');
  const uncompressed: unknown = Reflect.get(data, 'uncompressedSize');
  const content: unknown = Reflect.get(data, 'compressedContent');
  const compression: unknown = Reflect.get(data, 'compression');
  const method: unknown = typeof compression === 'object' && compression ? Reflect.get(compression, 'magic') : null;
  if (typeof compressed !== 'number' || typeof uncompressed !== 'number') return null;
  return {
    compressed,
    uncompressed,
    content: content instanceof Uint8Array ? content : null,
    method: typeof method === 'string' ? method : null,
  };
}

const STORED = '\x00\x00';
const DEFLATED = '\x08\x00';

const bomb = (message: string, details: Record<string, unknown>) =>
  resumeError(
    'zip_bomb',
    `This file was rejected for safety: ${message}. A normal Word resume is far smaller; save it again or export a PDF.`,
    details,
  );

/** Opens the archive and returns it once it is known to be safe to inflate. Throws zip_bomb/unreadable. */
export async function openZipSafely(bytes: Uint8Array): Promise<JSZip> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch (error) {
    throw resumeError(
      'unreadable',
      'This file looks like a Word document but is damaged and cannot be opened.',
      {},
      error,
    );
  }
  const files = Object.values(zip.files).filter((f) => !f.dir);
  if (files.length > ZIP_LIMITS.maxEntries) throw bomb(`it contains ${files.length} files`, { entries: files.length });

  let total = 0;
  for (const file of files) {
    const sizes = entryData(file);
    if (!sizes) continue;
    total += sizes.uncompressed;
    const ratio = sizes.uncompressed / Math.max(1, sizes.compressed);
    if (sizes.uncompressed > ZIP_LIMITS.ratioMinBytes && ratio > ZIP_LIMITS.maxRatio) {
      throw bomb(`one part expands ${Math.round(ratio)} times (to ${formatBytes(sizes.uncompressed)})`, {
        entry: file.name,
        ratio,
      });
    }
  }
  if (total > ZIP_LIMITS.maxTotalUncompressed) {
    throw bomb(`it would expand to ${formatBytes(total)}`, { uncompressed: total });
  }

  // The declared sizes could lie: inflate every entry for real, within the same budget.
  const budget = ZIP_LIMITS.maxTotalUncompressed;
  let inflated = 0;
  for (const file of files) {
    const entry = entryData(file);
    const damaged = () =>
      resumeError('unreadable', 'This Word document is damaged and cannot be read.', { entry: file.name });
    if (!entry?.content) throw damaged();
    if (entry.method === STORED) inflated += entry.content.length;
    else if (entry.method === DEFLATED) {
      const size = await inflatedSize(entry.content, 'raw', budget - inflated);
      if (size.damaged) throw damaged();
      inflated += size.bytes;
    } else throw damaged();
    if (inflated > budget)
      throw bomb(`its contents expand beyond ${formatBytes(budget)}`, { entry: file.name, limit: budget });
  }
  return zip;
}
