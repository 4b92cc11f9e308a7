/**
 * The vector index contract. Every implementation (pgvector, in-process HNSW, Pinecone) is a
 * projection of `job_embeddings`, the source of truth: it can be dropped and rebuilt from those
 * rows at any time (`npm run reindex`). An index holds the vectors of one embedding model; a
 * vector of another model or dimension is never compared with them.
 */
import type { JobType, RemoteType } from '@/lib/validators/enums';

export type VectorIndexKind = 'pgvector' | 'hnsw' | 'pinecone';

/** Conditions on the job a hit belongs to; all given conditions must hold (AND). */
export interface VectorFilter {
  remoteTypes?: readonly RemoteType[];
  jobTypes?: readonly JobType[];
  /** Yearly USD floor, compared with jobs.salary_annual_usd. */
  salaryMinAnnualUsd?: number;
  /** With salaryMinAnnualUsd: keep jobs whose salary is unknown. Default true (as in job search). */
  includeUnknownSalary?: boolean;
  /** Case-insensitive substring of the job's location; "remote"/"anywhere" also match remote jobs. */
  location?: string;
  /** Only jobs whose status is 'open'. Default true. */
  openOnly?: boolean;
}

/** The largest k a query may ask for (pgvector's ef_search and Pinecone's topK stop at 1,000). */
export const MAX_K = 1_000;

export type VectorInput = Float32Array | readonly number[];

export interface VectorItem {
  /** The job id (jobs.id). */
  id: string;
  vector: VectorInput;
}

export interface VectorHit {
  id: string;
  /** Cosine similarity in [-1, 1]; hits come best first. */
  similarity: number;
}

export interface RebuildResult {
  count: number;
  ms: number;
}

export interface VectorIndex {
  readonly kind: VectorIndexKind;
  readonly model: string;
  readonly dimensions: number;
  /**
   * Makes the index reflect these jobs' vectors. Store them in job_embeddings first (the truth;
   * pgvector reads them from there): upsert pushes them, and the job's current filter fields, to
   * the indexes that keep copies.
   */
  upsert(items: readonly VectorItem[]): Promise<void>;
  remove(ids: readonly string[]): Promise<void>;
  /**
   * Re-reads the filter fields (status, types, salary, location) of these jobs: call after a job
   * row changes without being re-embedded (e.g. closed). pgvector reads jobs live: a no-op there.
   */
  refresh(ids: readonly string[]): Promise<void>;
  /**
   * The k jobs nearest to `vector` by cosine similarity among those passing `filter`, best first.
   * Returns k hits whenever k jobs pass the filter, however selective it is.
   */
  query(vector: VectorInput, k: number, filter?: VectorFilter): Promise<VectorHit[]>;
  /** Rebuilds the index from the job_embeddings rows of this model. */
  rebuild(): Promise<RebuildResult>;
  /** True when the index can answer queries now. Never throws. */
  health(): Promise<boolean>;
  /** Releases what the index holds (connections, memory). */
  close(): Promise<void>;
}

export type VectorIndexErrorCode =
  /** The vector's length is not the index's dimension (another model's vector). */
  | 'DIMENSION_MISMATCH'
  /** Non-finite values or the zero vector: cosine is undefined. */
  | 'INVALID_VECTOR'
  | 'INVALID_ARGUMENT'
  /** The index is still being built. */
  | 'NOT_READY'
  /** The store behind the index failed (database, network, service). */
  | 'UNAVAILABLE';

/** The one error type the adapters throw; `withVectorIndex` turns it into a degraded result. */
export class VectorIndexError extends Error {
  readonly code: VectorIndexErrorCode;

  constructor(code: VectorIndexErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'VectorIndexError';
    this.code = code;
  }
}

export const isVectorIndexError = (e: unknown): e is VectorIndexError => e instanceof VectorIndexError;
