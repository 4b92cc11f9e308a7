/**
 * The parse worker: runs pdf.js (via unpdf) or mammoth on one uploaded file inside a worker thread
 * started by document-worker.ts, which caps its heap, time and the memory it makes the process grow.
 * It returns raw material only (positioned PDF text pieces, mammoth's HTML); the layout logic stays
 * in the typed main-thread code, which also validates this reply.
 *
 * Plain JavaScript that imports packages by name only: vitest runs it as is, and `next build`
 * bundles it (with those packages) as a worker chunk, found through `new URL(…, import.meta.url)`.
 */
import { parentPort, workerData } from 'node:worker_threads';

/** @typedef {{ maxPages: number, maxTextChars: number, maxHtmlChars: number, maxBufferBytes: number }} Limits */

const { kind, bytes, limits } = workerData;

/**
 * pdf.js decodes a stream whole into memory, outside the V8 heap (where `resourceLimits` does not
 * reach), and has no option to cap it: a stream that pdf-streams.ts could not measure (behind an
 * ASCIIHex, ASCII85, LZW or RunLength filter) would grow until the memory watch stops the worker,
 * and memory taken that way is slow to go back. This thread runs nothing but the parser, so the two
 * ways pdf.js decodes are capped here instead: the native DecompressionStream it prefers (its
 * output is counted) and the JavaScript decoders it falls back to (each grows one `new
 * Uint8Array(size)`). A refusal is remembered, because pdf.js skips a content stream that fails and
 * would otherwise return what was left of the page.
 */
let oversized = 0;
const refuse = (size) => {
  oversized = Math.max(oversized, size);
  return new RangeError(`Decoded data of ${size} bytes is over the ${limits.maxBufferBytes} byte cap`);
};
globalThis.Uint8Array = new Proxy(Uint8Array, {
  construct(target, args, newTarget) {
    const [size] = args;
    // Once one stream was refused, pdf.js retries it with its JavaScript decoder: refuse that early.
    const cap = oversized ? 64 * 1024 : limits.maxBufferBytes;
    if (typeof size === 'number' && size > cap) throw refuse(size);
    return Reflect.construct(target, args, newTarget);
  },
});
const NativeDecompressionStream = globalThis.DecompressionStream;
if (NativeDecompressionStream) {
  globalThis.DecompressionStream = class CappedDecompressionStream {
    /** @param {CompressionFormat} format */
    constructor(format) {
      const inner = new NativeDecompressionStream(format);
      let total = 0;
      const counter = new TransformStream({
        transform(chunk, controller) {
          total += chunk.byteLength;
          if (total > limits.maxBufferBytes) controller.error(refuse(total));
          else controller.enqueue(chunk);
        },
      });
      this.writable = inner.writable;
      this.readable = inner.readable.pipeThrough(counter);
    }
  };
}
const tooBig = () => ({ ok: false, reason: 'decompression_bomb', bytes: oversized });

/** @param {unknown} error */
const failure = (error) => ({
  ok: false,
  reason: error instanceof Error && error.name === 'PasswordException' ? 'encrypted' : 'unreadable',
  detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
});

/**
 * @param {Uint8Array} bytes
 * @param {Limits} limits
 */
async function readPdf(bytes, limits) {
  const { getDocumentProxy } = await import('unpdf');
  let pdf;
  try {
    // verbosity 0: pdf.js recovery warnings are ours to report, not to log.
    pdf = await getDocumentProxy(bytes, { verbosity: 0 });
  } catch (error) {
    return oversized ? tooBig() : failure(error);
  }
  try {
    // Checked before any page is read: a page count is cheap, its content is not.
    if (pdf.numPages > limits.maxPages) return { ok: false, reason: 'too_many_pages', pages: pdf.numPages };
    const pages = [];
    let characters = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const pieces = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        characters += item.str.length;
        if (characters > limits.maxTextChars) return { ok: false, reason: 'too_much_text', characters };
        const [, , c = 0, d = 0, x = 0, y = 0] = item.transform;
        pieces.push({ str: item.str, x, y, width: item.width, fontSize: Math.hypot(c, d) || 10 });
      }
      pages.push({ width: page.view[2] ?? 612, pieces });
      page.cleanup();
    }
    return oversized ? tooBig() : { ok: true, kind: 'pdf', pages };
  } catch (error) {
    return oversized ? tooBig() : failure(error);
  } finally {
    await pdf.destroy();
  }
}

/**
 * @param {Uint8Array} bytes
 * @param {Limits} limits
 */
async function readDocx(bytes, limits) {
  const { default: mammoth } = await import('mammoth');
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length) },
      // Images are never read: their bytes would only become base64 in HTML we reduce to text.
      { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
    );
    if (result.value.length > limits.maxHtmlChars)
      return { ok: false, reason: 'too_much_text', characters: result.value.length };
    return { ok: true, kind: 'docx', html: result.value };
  } catch (error) {
    return failure(error);
  }
}

const reply = kind === 'pdf' ? await readPdf(bytes, limits) : await readDocx(bytes, limits);
parentPort?.postMessage(reply);
