import { and, desc, eq } from 'drizzle-orm';
import type { SavedJobOutput } from '@/lib/validators/applications';
import type { DbOrTx } from '@/server/db';
import { applications, jobs } from '@/server/db/schema';
import type { Actor } from '../actor';
import { jobSummaryColumns, toJobSummary } from '../jobs/job-columns';

/** The caller's bookmarked jobs (status `saved`), most recently saved first. */
export async function listSavedJobs(db: DbOrTx, actor: Actor): Promise<SavedJobOutput[]> {
  const rows = await db
    .select({
      ...jobSummaryColumns,
      jobStatus: jobs.status,
      applicationId: applications.id,
      savedAt: applications.createdAt,
    })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(and(eq(applications.userId, actor.userId), eq(applications.status, 'saved')))
    .orderBy(desc(applications.createdAt))
    .limit(500);
  const now = Date.now();
  return rows.map((r) => ({
    applicationId: r.applicationId,
    savedAt: r.savedAt,
    job: { ...toJobSummary(r, now), status: r.jobStatus },
  }));
}
