/**
 * DOCX files are ZIP archives, and a ZIP can inflate a few hundred KB into gigabytes. Before anything
 * decompresses the file, the central directory (read by JSZip, which does not inflate on load) is
 * checked against caps; then the XML parts a text extractor reads are inflated as a stream with a byte
 * budget, so a directory that lies about sizes cannot get past either.
 */
import JSZip from 'jszip';
import { formatBytes, resumeError } from './resume-errors';

export const ZIP_LIMITS = {
  maxEntries: 1_000,
  /** Real resumes are well under 5 MB uncompressed even with photos. */
  maxTotalUncompressed: 20 * 1024 * 1024,
  /** XML compresses ~5-20x; zeros ~1000x. Applied to entries over `ratioMinBytes`. */
  maxRatio: 100,
  ratioMinBytes: 1024 * 1024,
} as const;

interface DeclaredSizes {
  compressed: number;
  uncompressed: number;
}

/** JSZip keeps the central directory's sizes on the private `_data` CompressedObject (see its d.ts). */
function declaredSizes(file: JSZip.JSZipObject): DeclaredSizes | null {
  const data: unknown = Reflect.get(file, '_data');
  if (typeof data !== 'object' || data === null) return null;
  const compressed: unknown = Reflect.get(data, 'compressedSize');
  const uncompressed: unknown = Reflect.get(data, 'uncompressedSize');
  return typeof compressed === 'number' && typeof uncompressed === 'number' ? { compressed, uncompressed } : null;
}

const bomb = (message: string, details: Record<string, unknown>) =>
  resumeError(
    'zip_bomb',
    `This file was rejected for safety: ${message}. A normal Word resume is far smaller; save it again or export a PDF.`,
    details,
  );

/** Inflates one entry as a stream and stops as soon as it exceeds `budget` bytes. */
function inflatedSize(file: JSZip.JSZipObject, budget: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let total = 0;
    const stream = file.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > budget) {
        stream.removeAllListeners('data');
        stream.pause();
        resolve(total);
      }
    });
    stream.on('end', () => resolve(total));
    stream.on('error', reject);
  });
}

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
    const sizes = declaredSizes(file);
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

  // The declared sizes could lie: inflate the XML parts for real, within the same budget.
  let inflated = 0;
  for (const file of files.filter((f) => /\.(xml|rels)$/i.test(f.name))) {
    try {
      inflated += await inflatedSize(file, ZIP_LIMITS.maxTotalUncompressed - inflated);
    } catch (error) {
      throw resumeError('unreadable', 'This Word document is damaged and cannot be read.', { entry: file.name }, error);
    }
    if (inflated > ZIP_LIMITS.maxTotalUncompressed)
      throw bomb('its contents expand beyond 20 MB', { entry: file.name });
  }
  return zip;
}
