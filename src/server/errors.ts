/**
 * The one error type services throw. The tRPC layer maps `code` to a TRPCError
 * (see api/error-mapping.ts); anything that is not an AppError is a bug and
 * becomes a generic 500 carrying the request id.
 */
export const APP_ERROR_CODES = [
  'VALIDATION_ERROR',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  /** The request is fine but the data it needs is missing (e.g. a resume from an empty profile). */
  'PRECONDITION_FAILED',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'SERVICE_UNAVAILABLE',
  'EXTERNAL_SERVICE_ERROR',
  'INTERNAL_ERROR',
] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

export interface AppErrorDetails {
  /** Field name -> messages, shown inline by forms. */
  fields?: Record<string, string[]>;
  [key: string]: unknown;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly details: AppErrorDetails | undefined;

  constructor(code: AppErrorCode, message: string, details?: AppErrorDetails, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  /** Operational errors are the caller's or a dependency's; the rest are bugs. */
  get isOperational(): boolean {
    return this.code !== 'INTERNAL_ERROR';
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
