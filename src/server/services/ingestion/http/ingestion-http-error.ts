/**
 * The one error the ingestion HTTP client throws. `kind` is what a run reports per source (an
 * admin reads "circuit_open" or "refused_address", not a stack), and what decides retrying.
 */
export const INGESTION_HTTP_ERROR_KINDS = [
  'timeout',
  'circuit_open',
  'refused_address',
  'http_status',
  'too_large',
  'bad_content',
  'network',
] as const;
export type IngestionHttpErrorKind = (typeof INGESTION_HTTP_ERROR_KINDS)[number];

export class IngestionHttpError extends Error {
  readonly kind: IngestionHttpErrorKind;
  readonly url: string;
  readonly status: number | null;
  /** From a 429/503 Retry-After header, when the server sent one. */
  readonly retryAfterMs: number | null;

  constructor(
    kind: IngestionHttpErrorKind,
    message: string,
    details: { url: string; status?: number; retryAfterMs?: number | null; cause?: unknown },
  ) {
    super(message, { cause: details.cause });
    this.name = 'IngestionHttpError';
    this.kind = kind;
    this.url = details.url;
    this.status = details.status ?? null;
    this.retryAfterMs = details.retryAfterMs ?? null;
  }

  /**
   * Worth another attempt: the server was busy or broken, or slow. A refused address, a 4xx, an
   * oversized or unparsable body would only fail the same way again.
   */
  get transient(): boolean {
    if (this.kind === 'timeout' || this.kind === 'network') return true;
    return this.kind === 'http_status' && this.status !== null && (this.status === 429 || this.status >= 500);
  }
}
