import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/server/db';
import { jobs } from '@/server/db/schema';
import { jobVisibleTo } from '../../jobs/visibility';
import type { JobForRequirements } from '../extract-requirements';

/** The job row fields generation reads; null when the job is gone or not the seeker's to see. */
export async function loadJobForDocument(
  db: DbOrTx,
  jobId: string,
  seekerId: string,
): Promise<JobForRequirements | null> {
  const [job] = await db
    .select({
      id: jobs.id,
      title: jobs.title,
      companyName: jobs.companyName,
      description: jobs.description,
      requiredSkills: jobs.requiredSkills,
      requiredYears: jobs.requiredYears,
    })
    .from(jobs)
    .where(and(eq(jobs.id, jobId), jobVisibleTo(seekerId)))
    .limit(1);
  return job ?? null;
}
