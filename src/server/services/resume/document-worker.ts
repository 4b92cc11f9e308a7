/**
 * Runs read-document.worker.mjs on one file under the caps in upload-limits.ts: a V8 heap limit
 * (`resourceLimits`), a wall-clock limit, and a watch on the process's resident memory, because
 * pdf.js decodes streams into ArrayBuffers that the heap limit does not count. The server's event
 * loop only waits for a message meanwhile.
 *
 * One job at a time per process, each in a fresh worker:
 * - fresh: a worker that was stopped mid-parse, or that parsed a hostile file, never serves the next
 *   upload, and what it allocated is released with it (one stopped by the memory watch leaves part
 *   mapped for reuse, which is why its decoders are capped first); starting one costs ~0.1-0.3 s,
 *   small next to an upload, and resume imports are rare (rate-limited per user);
 * - one at a time: with two cores, a second parse would take the core the web server needs, and
 *   with a single job the memory watch knows whose growth it sees, so the process stays within
 *   one job's budget. Waiting jobs are capped in number and time, then told to retry.
 */
import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import { resumeError } from './resume-errors';
import { UPLOAD_LIMITS, WORKER_LIMITS } from './upload-limits';

const piece = z.object({ str: z.string(), x: z.number(), y: z.number(), width: z.number(), fontSize: z.number() });
const workerReply = z.union([
  z.object({
    ok: z.literal(true),
    kind: z.literal('pdf'),
    pages: z.array(z.object({ width: z.number(), pieces: z.array(piece) })),
  }),
  z.object({ ok: z.literal(true), kind: z.literal('docx'), html: z.string() }),
  z.object({
    ok: z.literal(false),
    reason: z.enum(['encrypted', 'unreadable', 'too_many_pages', 'too_much_text', 'decompression_bomb']),
    pages: z.number().optional(),
    characters: z.number().optional(),
    bytes: z.number().optional(),
    detail: z.string().optional(),
  }),
]);
export type WorkerReply = z.infer<typeof workerReply>;
export type WorkerFailure = Extract<WorkerReply, { ok: false }>;

export type WorkerLimits = Record<keyof typeof WORKER_LIMITS, number>;
export type DocumentKind = 'pdf' | 'docx';

/** Why a job was stopped from outside; the user hears the same "too complex" for both. */
type Stop = 'memory' | 'time';

const tooComplex = (stop: Stop, kind: DocumentKind) =>
  resumeError(
    'too_complex',
    `This ${kind === 'pdf' ? 'PDF' : 'Word document'} needs more ${stop === 'memory' ? 'memory' : 'time'} to open than any resume should. Export it again as a plain ${kind === 'pdf' ? 'PDF' : '.docx'} (without embedded objects), or paste the text.`,
    { stop },
  );

/** What a finished worker means: its validated reply, or why it has none. */
function outcome(kind: DocumentKind, stopped: Stop | null, reply: unknown, failure: unknown): WorkerReply {
  if (stopped) throw tooComplex(stopped, kind);
  // A heap over `resourceLimits` ends the worker with this error, before any reply.
  if ((failure as { code?: string } | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY') throw tooComplex('memory', kind);
  const parsed = workerReply.safeParse(reply);
  if (parsed.success) return parsed.data;
  throw new Error('The document worker ended without a valid reply', { cause: failure ?? parsed.error });
}

function runWorker(kind: DocumentKind, bytes: Uint8Array, limits: WorkerLimits): Promise<WorkerReply> {
  // The worker owns its copy (transferred, not cloned): the caller's bytes stay usable.
  const copy = new Uint8Array(bytes);
  return new Promise((resolve, reject) => {
    const startRss = process.memoryUsage.rss();
    // Written as one `new Worker(new URL(…, import.meta.url))` expression: that is the shape the
    // bundlers recognise to emit the worker and its packages as a chunk of the server build.
    const worker = new Worker(new URL('./read-document.worker.mjs', import.meta.url), {
      workerData: {
        kind,
        bytes: copy,
        limits: {
          maxPages: UPLOAD_LIMITS.maxPdfPages,
          maxTextChars: UPLOAD_LIMITS.maxTextChars,
          maxHtmlChars: UPLOAD_LIMITS.maxHtmlChars,
          maxBufferBytes: UPLOAD_LIMITS.maxDecodedBufferBytes,
        },
      },
      transferList: [copy.buffer],
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: 16 },
    });
    let stopped: Stop | null = null;
    const stop = (why: Stop) => {
      stopped ??= why;
      void worker.terminate();
    };
    const timer = setTimeout(() => stop('time'), limits.maxRunMs);
    const watch = setInterval(() => {
      if (process.memoryUsage.rss() - startRss > limits.maxRssGrowthBytes) stop('memory');
    }, limits.rssSampleMs);
    let reply: unknown;
    let failure: unknown;
    worker.once('message', (message: unknown) => {
      reply = message;
    });
    worker.once('error', (error) => (failure = error));
    worker.once('exit', () => {
      clearTimeout(timer);
      clearInterval(watch);
      try {
        resolve(outcome(kind, stopped, reply, failure));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}

const busy = () => resumeError('busy', 'Many resumes are being read right now. Try again in a minute.', {});

/** A FIFO of jobs waiting for the one running slot. */
const waiting: (() => void)[] = [];
let running = false;

async function takeSlot(limits: WorkerLimits): Promise<void> {
  if (!running) {
    running = true;
    return;
  }
  if (waiting.length >= limits.maxQueued) throw busy();
  await new Promise<void>((resolve, reject) => {
    const entry = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      waiting.splice(waiting.indexOf(entry), 1);
      reject(busy());
    }, limits.maxWaitMs);
    waiting.push(entry);
  });
}

function releaseSlot() {
  const next = waiting.shift();
  if (next) next();
  else running = false;
}

/** Parses one file in the worker; rejects with a resume error when a cap stops it. */
export async function readInWorker(
  kind: DocumentKind,
  bytes: Uint8Array,
  limits: WorkerLimits = WORKER_LIMITS,
): Promise<WorkerReply> {
  await takeSlot(limits);
  try {
    return await runWorker(kind, bytes, limits);
  } finally {
    releaseSlot();
  }
}
