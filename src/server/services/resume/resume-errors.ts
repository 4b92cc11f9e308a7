/**
 * Every way a resume import can fail, as one AppError shape: a message the user can act on and
 * `details.reason` for the UI and for tests.
 */
import { AppError } from '@/server/errors';

export const RESUME_ERROR_REASONS = [
  'too_large',
  'empty',
  'unsupported_type',
  'type_mismatch',
  'no_text_layer',
  'zip_bomb',
  /** A PDF whose streams inflate past the cap (upload-limits.ts). */
  'decompression_bomb',
  /** The parse worker ran out of its memory or time (upload-limits.ts). */
  'too_complex',
  /** Too many uploads waiting for the parse worker: nothing wrong with the file. */
  'busy',
  'unreadable',
  'no_resume_content',
] as const;
export type ResumeErrorReason = (typeof RESUME_ERROR_REASONS)[number];

export function resumeError(
  reason: ResumeErrorReason,
  message: string,
  details: Record<string, unknown> = {},
  cause?: unknown,
): AppError {
  const code =
    reason === 'too_large' ? 'PAYLOAD_TOO_LARGE' : reason === 'busy' ? 'SERVICE_UNAVAILABLE' : 'VALIDATION_ERROR';
  return new AppError(code, message, { reason, ...details }, cause === undefined ? undefined : { cause });
}

export const isResumeError = (e: unknown, reason?: ResumeErrorReason): e is AppError =>
  e instanceof AppError &&
  typeof e.details?.reason === 'string' &&
  (reason === undefined || e.details.reason === reason);

/** "7.3 MB", "812 KB": sizes as people read them (MiB-based, like the limit). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
