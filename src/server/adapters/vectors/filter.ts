/**
 * The filter semantics every adapter implements, written once: the same meaning as the job
 * search filters (services/jobs/search/criteria-sql.ts), so a match list and a search agree.
 */
import type { JobType, RemoteType } from '@/lib/validators/enums';
import { isRemoteLocation } from '@/server/services/jobs/search/criteria-sql';
import type { VectorFilter } from './types';

export interface ResolvedFilter {
  openOnly: boolean;
  /** undefined: any. An empty list in the input also means any, as in search. */
  remoteTypes: readonly RemoteType[] | undefined;
  jobTypes: readonly JobType[] | undefined;
  /** Whole dollars: salary_annual_usd is an integer, so a floor of 120000.5 needs 120001. */
  salaryMin: number | undefined;
  includeUnknownSalary: boolean;
  /** Trimmed and lower-cased; undefined when blank. */
  location: string | undefined;
  /** "remote"/"anywhere": remote jobs match whatever their location text says. */
  locationMatchesRemote: boolean;
}

/** The filter fields of one job, as the in-memory and remote indexes keep them. */
export interface JobFilterFields {
  open: boolean;
  remoteType: RemoteType;
  jobType: JobType;
  salaryAnnualUsd: number | null;
  location: string;
}

const nonEmpty = <T>(list: readonly T[] | undefined) => (list && list.length > 0 ? list : undefined);

export function resolveFilter(filter: VectorFilter = {}): ResolvedFilter {
  const location = filter.location?.trim().toLowerCase() || undefined;
  return {
    openOnly: filter.openOnly ?? true,
    remoteTypes: nonEmpty(filter.remoteTypes),
    jobTypes: nonEmpty(filter.jobTypes),
    salaryMin: filter.salaryMinAnnualUsd === undefined ? undefined : Math.ceil(filter.salaryMinAnnualUsd),
    includeUnknownSalary: filter.includeUnknownSalary ?? true,
    location,
    locationMatchesRemote: location !== undefined && isRemoteLocation(location),
  };
}

/** Whether any condition is left: an unconditional query can skip every filtering path. */
export const hasConditions = (f: ResolvedFilter): boolean =>
  f.openOnly || !!f.remoteTypes || !!f.jobTypes || f.salaryMin !== undefined || f.location !== undefined;

export function salaryPasses(f: ResolvedFilter, salary: number | null): boolean {
  if (f.salaryMin === undefined) return true;
  return salary === null ? f.includeUnknownSalary : salary >= f.salaryMin;
}

export function locationPasses(f: ResolvedFilter, location: string, remoteType: RemoteType): boolean {
  if (f.location === undefined) return true;
  return (f.locationMatchesRemote && remoteType === 'remote') || location.toLowerCase().includes(f.location);
}

/** The reference predicate: a job passes when every given condition holds. */
export function passes(f: ResolvedFilter, job: JobFilterFields): boolean {
  return (
    (!f.openOnly || job.open) &&
    (!f.remoteTypes || f.remoteTypes.includes(job.remoteType)) &&
    (!f.jobTypes || f.jobTypes.includes(job.jobType)) &&
    salaryPasses(f, job.salaryAnnualUsd) &&
    locationPasses(f, job.location, job.remoteType)
  );
}
