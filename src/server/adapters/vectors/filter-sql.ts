/** A resolved filter as SQL on the jobs table, with the job search's own condition builders. */
import { inArray, type SQL } from 'drizzle-orm';
import { jobs } from '@/server/db/schema';
import { isOpen, locationMatch, salaryMatch } from '@/server/services/jobs/search/criteria-sql';
import type { ResolvedFilter } from './filter';

export function filterConditions(f: ResolvedFilter): SQL[] {
  const out: SQL[] = [];
  if (f.openOnly) out.push(isOpen);
  if (f.remoteTypes) out.push(inArray(jobs.remoteType, [...f.remoteTypes]));
  if (f.jobTypes) out.push(inArray(jobs.jobType, [...f.jobTypes]));
  if (f.salaryMin !== undefined) out.push(salaryMatch(f.salaryMin, f.includeUnknownSalary));
  if (f.location !== undefined) out.push(locationMatch(f.location));
  return out;
}
