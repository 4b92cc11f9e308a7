/**
 * Job filter fields as Pinecone metadata, and a resolved filter as a Pinecone metadata filter.
 *
 * Pinecone metadata cannot hold null and has no substring operator, so:
 * - an unknown salary is stored as salary_known=false with salary_annual_usd -1, which no
 *   floor admits (a metadata update merges keys: an omitted key would keep a stale salary);
 * - the location substring is narrowed with trigrams, as pg_trgm does: a location containing
 *   "austin" contains each of its trigrams, so requiring them (a necessary condition) lets
 *   Pinecone discard most non-matches, and the exact substring test runs on the returned
 *   metadata (`locationPasses`). Needles under 3 characters are left to that test alone.
 */
import type { RecordMetadata } from '@pinecone-database/pinecone';
import type { JobType, RemoteType } from '@/lib/validators/enums';
import type { JobFilterFields, ResolvedFilter } from './filter';

export interface JobMetadataRecord extends RecordMetadata {
  status: 'open' | 'closed';
  remote_type: RemoteType;
  job_type: JobType;
  salary_known: boolean;
  salary_annual_usd: number;
  location: string;
  location_grams: string[];
}

/** Beyond a few trigrams the filter narrows no further in practice; Pinecone filters stay small. */
const MAX_GRAMS = 8;

export function trigrams(text: string): string[] {
  const s = text.toLowerCase();
  const out = new Set<string>();
  for (let i = 0; i + 3 <= s.length; i++) out.add(s.slice(i, i + 3));
  return [...out];
}

export function toPineconeMetadata(fields: JobFilterFields): JobMetadataRecord {
  return {
    status: fields.open ? 'open' : 'closed',
    remote_type: fields.remoteType,
    job_type: fields.jobType,
    salary_known: fields.salaryAnnualUsd !== null,
    salary_annual_usd: fields.salaryAnnualUsd ?? -1,
    location: fields.location,
    location_grams: trigrams(fields.location),
  };
}

export function fromPineconeMetadata(m: Partial<JobMetadataRecord> & RecordMetadata): JobFilterFields {
  return {
    open: m.status === 'open',
    remoteType: m.remote_type ?? 'onsite',
    jobType: m.job_type ?? 'full-time',
    salaryAnnualUsd: m.salary_known && typeof m.salary_annual_usd === 'number' ? m.salary_annual_usd : null,
    location: m.location ?? '',
  };
}

type Clause = Record<string, unknown>;

function locationClause(f: ResolvedFilter): Clause | undefined {
  if (f.location === undefined) return undefined;
  const grams = trigrams(f.location).slice(0, MAX_GRAMS);
  const byText: Clause | undefined =
    grams.length === 0
      ? undefined
      : grams.length === 1
        ? { location_grams: { $in: grams } }
        : { $and: grams.map((g) => ({ location_grams: { $in: [g] } })) };
  if (!f.locationMatchesRemote) return byText;
  const remote = { remote_type: { $eq: 'remote' } };
  return byText ? { $or: [remote, byText] } : undefined;
}

/** The Pinecone filter, or undefined for none. The location still needs `needsLocationCheck`. */
export function toPineconeFilter(f: ResolvedFilter): Clause | undefined {
  const clauses: Clause[] = [];
  if (f.openOnly) clauses.push({ status: { $eq: 'open' } });
  if (f.remoteTypes) clauses.push({ remote_type: { $in: [...f.remoteTypes] } });
  if (f.jobTypes) clauses.push({ job_type: { $in: [...f.jobTypes] } });
  if (f.salaryMin !== undefined) {
    const enough = { salary_annual_usd: { $gte: f.salaryMin } };
    clauses.push(f.includeUnknownSalary ? { $or: [enough, { salary_known: { $eq: false } }] } : enough);
  }
  const location = locationClause(f);
  if (location) clauses.push(location);
  if (clauses.length === 0) return undefined;
  return clauses.length === 1 ? clauses[0] : { $and: clauses };
}

/** Trigrams are necessary, not sufficient: a location filter is confirmed on the returned metadata. */
export const needsLocationCheck = (f: ResolvedFilter): boolean => f.location !== undefined;
