import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/server/db';
import { jobs } from '@/server/db/schema';
import type { JobForRequirements } from '../extract-requirements';

/** The job row fields generation reads; null when the job is gone. */
export async function loadJobForDocument(db: DbOrTx, jobId: string): Promise<JobForRequirements | null> {
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
    .where(eq(jobs.id, jobId))
    .limit(1);
  return job ?? null;
}
