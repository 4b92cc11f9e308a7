/**
 * The one shape every connector produces and the store consumes: a posting from any source
 * (job-board API, JSON-LD page or file, CSV), normalized to what the jobs table holds.
 *
 * Connectors (fetch + parse) turn a source's payload into RawPosting rows; normalize turns a
 * RawPosting into a NormalizedPosting (clean text, annualized salary, work arrangement, parsed
 * location, skills and occupation); the store upserts NormalizedPostings on (source, externalId).
 */
import { z } from 'zod';
import { CURRENCIES, JOB_TYPES, REMOTE_TYPES, SALARY_PERIODS } from '@/lib/validators/enums';

/** Source key as stored in jobs.source: '<type>:<board token>' ('greenhouse:acme', 'jsonld:example.com'). */
export const sourceKey = z.string().regex(/^[a-z]+(:[A-Za-z0-9._~-]{1,120})?$/).max(50);

/**
 * A posting as a connector read it, before normalization: strings as the source gave them (HTML
 * allowed in `descriptionHtml`), nothing inferred. Unknown stays null.
 */
export const rawPosting = z.object({
  source: sourceKey,
  externalId: z.string().trim().min(1).max(200),
  title: z.string().trim().min(1).max(500),
  companyName: z.string().trim().min(1).max(500),
  descriptionHtml: z.string().max(500_000),
  /** Free text as given ("Berlin, Germany", "Remote - US", "San Francisco, CA; New York, NY"). */
  locationText: z.string().max(1000).nullable(),
  /** The source's own remote flag or workplace type, when it has one ("remote", "hybrid", true). */
  workplaceHint: z.string().max(100).nullable(),
  employmentTypeHint: z.string().max(100).nullable(),
  /** Salary as text ("$120k-$150k a year") or structured; normalize reads whichever is present. */
  salaryText: z.string().max(300).nullable(),
  salaryStructured: z
    .object({
      min: z.number().nonnegative().nullable(),
      max: z.number().nonnegative().nullable(),
      currency: z.string().max(10).nullable(),
      period: z.string().max(20).nullable(),
    })
    .nullable(),
  postedAt: z.string().max(100).nullable(),
  applyUrl: z.url().max(1000).nullable(),
});
export type RawPosting = z.infer<typeof rawPosting>;

export const parsedLocation = z.object({
  city: z.string().max(100).nullable(),
  region: z.string().max(100).nullable(),
  /** ISO 3166-1 alpha-2 when known. */
  country: z.string().length(2).nullable(),
});
export type ParsedLocation = z.infer<typeof parsedLocation>;

export const normalizedPosting = z.object({
  source: sourceKey,
  externalId: z.string().min(1).max(200),
  title: z.string().min(1).max(200),
  companyName: z.string().min(1).max(200),
  /** Clean text: no tags, scripts or styles; paragraphs and list items kept as lines. */
  description: z.string().min(1),
  /** Display string for jobs.location ("Berlin, Germany", "Remote"). */
  location: z.string().min(1).max(200),
  parsedLocation,
  remoteType: z.enum(REMOTE_TYPES),
  jobType: z.enum(JOB_TYPES),
  salaryMin: z.number().int().nonnegative().nullable(),
  salaryMax: z.number().int().nonnegative().nullable(),
  salaryCurrency: z.enum(CURRENCIES).nullable(),
  salaryPeriod: z.enum(SALARY_PERIODS).nullable(),
  salaryAnnualUsd: z.number().int().nonnegative().nullable(),
  requiredSkills: z.array(z.string()).max(50),
  requiredYears: z.number().min(0).max(50),
  postedAt: z.date(),
  applyUrl: z.string().max(1000).nullable(),
  /** Hash of every stored field: a replay with an equal hash writes nothing. */
  contentHash: z.string().length(64),
});
export type NormalizedPosting = z.infer<typeof normalizedPosting>;

/** A record a connector or normalize could not use: kept with its reason, the batch goes on. */
export interface QuarantinedRecord {
  source: string;
  externalId: string | null;
  reason: string;
  payload: unknown;
}

export const SOURCE_TYPES = [
  'greenhouse',
  'lever',
  'ashby',
  'smartrecruiters',
  'workable',
  'recruitee',
  'remotive',
  'arbeitnow',
  'jsonld', // a career page URL whose HTML embeds schema.org JobPosting JSON-LD
] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

/** What a source row names: a board token ('acme') or, for jsonld, a page URL. */
export interface SourceConfig {
  type: SourceType;
  token: string;
}

/**
 * One fetch of one source. `complete` is true only when every page was read: the store closes
 * jobs missing from a source only after a complete sync.
 */
export interface ConnectorResult {
  postings: RawPosting[];
  quarantined: QuarantinedRecord[];
  complete: boolean;
}

/**
 * Implemented per source type in services/ingestion/connectors/ and looked up with
 * getConnector(type) from services/ingestion/connectors/index.ts. `fetchJson`/`fetchText` come
 * from the guarded HTTP client (timeouts, retries honouring Retry-After, circuit breaker per
 * source, per-host concurrency, SSRF refusal), so connectors hold no network policy themselves.
 */
export interface Connector {
  type: SourceType;
  fetch(config: SourceConfig, http: IngestionHttp): Promise<ConnectorResult>;
}

export interface IngestionHttp {
  fetchJson(url: string, init?: { method?: 'GET' | 'POST'; body?: string }): Promise<unknown>;
  fetchText(url: string): Promise<{ text: string; finalUrl: string; contentType: string | null }>;
}
