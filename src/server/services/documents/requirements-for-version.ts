import type { DbOrTx } from '@/server/db';
import { extractJobRequirements, type JobRequirements } from './extract-requirements';
import { loadJobForDocument } from './generation/load-job';
import type { StoredVersion } from './store';

/** The requirements of the job a version was written for; empty ones when the job was removed. */
export async function requirementsForVersion(db: DbOrTx, version: StoredVersion): Promise<JobRequirements> {
  const job = version.jobId ? await loadJobForDocument(db, version.jobId, version.userId) : null;
  if (job) return extractJobRequirements(job);
  const recipient = version.content.kind === 'cover_letter' ? version.content.recipient : null;
  return {
    jobId: version.jobId ?? '',
    title: recipient?.jobTitle ?? '',
    company: recipient?.company ?? '',
    requiredSkills: [],
    listedSkills: [],
    preferredSkills: [],
    years: null,
    education: null,
    responsibilities: [],
    cultureSignals: [],
    keywords: [],
  };
}
