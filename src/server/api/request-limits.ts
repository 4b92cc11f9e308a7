import { TRPCError } from '@trpc/server';
import { MAX_BATCH_CALLS } from '@/lib/batch-limit';
import { RESUME_MAX_BYTES } from '@/lib/validators/resume';
import { declaresMoreThan } from './body-limit';

/**
 * How much one /api/trpc request may ask of the server. Procedure inputs are small JSON, so the
 * body cap is 1 MiB; the resume import procedures carry a whole file (base64) or a whole resume's
 * text, and get a cap sized from the resume file limit, for signed-in callers only (they are
 * protected procedures: an anonymous caller could only be refused after uploading). A batch runs
 * at most MAX_BATCH_CALLS calls (the client's batch link splits at the same number).
 */

const MiB = 1024 * 1024;

export { MAX_BATCH_CALLS };

export const DEFAULT_BODY_LIMIT = 1 * MiB;

/**
 * The upload schema lets base64 of up to 6/5 of RESUME_MAX_BYTES through, so a file a little
 * over the limit reaches the resume reader and gets its message naming the limit; 1 MiB more
 * covers the file name, superjson's envelope and other calls in the same batch. 9 MiB today.
 */
export const UPLOAD_BODY_LIMIT = Math.ceil(((RESUME_MAX_BYTES * 6) / 5) * (4 / 3)) + 1 * MiB;

/** readResume takes the file; readJsonResume a JSON Resume of up to 2M characters; commitResumeImport the reviewed draft of either. */
const UPLOAD_PROCEDURES = new Set(['profile.readResume', 'profile.readJsonResume', 'profile.commitResumeImport']);

export interface CallShape {
  isBatch: boolean;
  paths: string[];
}

/** The procedure paths a /api/trpc URL names: "a,b?batch=1" is a batch of two. */
export function callShape(url: URL, endpoint: string): CallShape {
  const isBatch = url.searchParams.get('batch') === '1';
  let raw = url.pathname.slice(endpoint.length).replace(/^\/+/, '');
  try {
    raw = decodeURIComponent(raw);
  } catch {
    // A malformed escape is tRPC's to refuse (NOT_FOUND); count the path as it is.
  }
  return { isBatch, paths: isBatch ? raw.split(',') : [raw] };
}

export function bodyLimitFor(shape: CallShape, signedIn: boolean): number {
  return signedIn && shape.paths.some((p) => UPLOAD_PROCEDURES.has(p)) ? UPLOAD_BODY_LIMIT : DEFAULT_BODY_LIMIT;
}

const mb = (bytes: number) => `${Math.round(bytes / MiB)} MB`;

export function payloadTooLarge(limit: number): TRPCError {
  return new TRPCError({
    code: 'PAYLOAD_TOO_LARGE',
    message: `This request is too large: the limit is ${mb(limit)}.`,
  });
}

/**
 * The refusal a request earns before any of its body is read: a batch over MAX_BATCH_CALLS, or a
 * declared Content-Length over the cap. Null when it may go on (its body is still counted as read).
 */
export function refuseEarly(req: Request, shape: CallShape, limit: number): TRPCError | null {
  if (shape.isBatch && shape.paths.length > MAX_BATCH_CALLS) {
    return new TRPCError({
      code: 'BAD_REQUEST',
      message: `Too many calls in one batch: a batch may hold at most ${MAX_BATCH_CALLS} calls (this one has ${shape.paths.length}).`,
    });
  }
  if (declaresMoreThan(req.headers, limit)) return payloadTooLarge(limit);
  return null;
}
