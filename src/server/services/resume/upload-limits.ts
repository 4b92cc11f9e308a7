/**
 * Every cap on reading an uploaded resume, in one place. A file of at most 5 MB can still expand to
 * gigabytes (a PDF stream or a DOCX part of zeros compresses ~1000x), so the upload size alone bounds
 * nothing: each stage below has its own cap, and a file that hits one is refused with a message the
 * user can act on, never read partly.
 */
import { RESUME_MAX_BYTES, RESUME_MAX_PASTE_CHARS } from '@/lib/validators/resume';

const MB = 1024 * 1024;

export const UPLOAD_LIMITS = {
  /** The upload itself (shared with the form, which checks it before sending). */
  maxUploadBytes: RESUME_MAX_BYTES,
  /**
   * Real (inflated, not declared) bytes of all compressed PDF streams except images, which text
   * extraction never decodes. A resume's content streams and embedded fonts come to 1-3 MB; 64 MB
   * leaves room for full CJK fonts while refusing any stream of zeros long before it hurts.
   */
  maxPdfInflatedBytes: 64 * MB,
  /**
   * Any one stream the parser decodes in the worker, checked where pdf-streams.ts cannot look
   * (streams behind other filters). A resume's largest is an embedded font: a full CJK font is
   * ~20 MB, a subset far less.
   */
  maxDecodedBufferBytes: 32 * MB,
  /** A resume is 1-3 pages; 50 still takes a long academic CV with publications. */
  maxPdfPages: 50,
  /** Extracted text, PDF or DOCX: the same cap as pasted text (~100 pages), so every source agrees. */
  maxTextChars: RESUME_MAX_PASTE_CHARS,
  /** Mammoth's HTML carries tags around the text: ten times the text cap is still a tiny string. */
  maxHtmlChars: RESUME_MAX_PASTE_CHARS * 10,
} as const;

/** The parse worker (document-worker.ts): limits of one job, whatever the file does. */
export const WORKER_LIMITS = {
  /**
   * V8 heap of the worker. pdf.js and mammoth need 20-40 MB for a resume; past 128 MB the file is
   * doing something no resume does (an XML or object-count bomb), and the worker dies instead of
   * the server.
   */
  heapMb: 128,
  /**
   * Decoded PDF streams live outside the V8 heap (ArrayBuffers), where `resourceLimits` does not
   * reach. So the server also watches its own resident memory while a job runs and stops the job
   * once it has grown by this much: the heap cap plus room for decoded streams and fonts (a resume
   * takes 20-60 MB). Part of what a stopped worker allocated stays mapped in the process for reuse
   * (measured: repeated stopped jobs level off near twice this), so it is kept well below what the
   * server can spare.
   */
  maxRssGrowthBytes: 192 * MB,
  /** How often that resident memory is sampled: growth between samples is a few MB at most. */
  rssSampleMs: 20,
  /** A resume parses in well under a second; 20 s covers a 50-page PDF on a busy machine. */
  maxRunMs: 20_000,
  /**
   * Jobs run one at a time per server process (see document-worker.ts for why); this many more may
   * wait, each for at most `maxWaitMs`, before the upload is refused as "busy, try again".
   */
  maxQueued: 8,
  maxWaitMs: 30_000,
} as const;
