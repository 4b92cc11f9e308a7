/**
 * How many bytes compressed data really inflates to, measured by inflating it (a declared size can
 * lie) with Node's zlib on the libuv thread pool, so the event loop keeps serving while a few MB of
 * upload is checked. Nothing is kept: chunks are counted and dropped, and inflation stops as soon as
 * the count passes the budget, so checking a 1 GB bomb costs `budget` bytes of work, not 1 GB.
 */
import zlib from 'node:zlib';

export interface InflatedSize {
  /** Bytes produced, up to just past the budget. */
  bytes: number;
  /** True when inflation stopped because `bytes` passed the budget. */
  overBudget: boolean;
  /** True when the data was not valid (or ended early); `bytes` is what came out before that. */
  damaged: boolean;
}

/** zlib (RFC 1950, PDF FlateDecode) or raw deflate (RFC 1951, ZIP entries). */
export type DeflateFormat = 'zlib' | 'raw';

const CHUNK = 64 * 1024;

export function inflatedSize(data: Uint8Array, format: DeflateFormat, budget: number): Promise<InflatedSize> {
  return new Promise((resolve) => {
    // Sync flush at the end: a truncated stream (common in sloppy PDFs) still yields what it holds,
    // as pdf.js and JSZip would read it, instead of an error that hides its size.
    const options = { chunkSize: CHUNK, finishFlush: zlib.constants.Z_SYNC_FLUSH };
    const inflate = format === 'zlib' ? zlib.createInflate(options) : zlib.createInflateRaw(options);
    let bytes = 0;
    let settled = false;
    const settle = (result: InflatedSize) => {
      if (settled) return;
      settled = true;
      inflate.removeAllListeners('data');
      inflate.destroy();
      resolve(result);
    };
    inflate.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > budget) settle({ bytes, overBudget: true, damaged: false });
    });
    inflate.on('end', () => settle({ bytes, overBudget: false, damaged: false }));
    inflate.on('error', () => settle({ bytes, overBudget: false, damaged: true }));
    inflate.end(data);
  });
}

/** A zlib header: deflate method, a window of at most 32 KB, and the header checksum. */
export function looksLikeZlib(data: Uint8Array): boolean {
  const [cmf = 0, flg = 0] = data;
  return (cmf & 0x0f) === 8 && cmf >> 4 <= 7 && ((cmf << 8) | flg) % 31 === 0;
}
