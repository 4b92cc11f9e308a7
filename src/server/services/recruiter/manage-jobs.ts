/** A recruiter posts, edits, closes and reopens their company's jobs. */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import {
  createJobInput,
  setJobStatusInput,
  updateJobInput,
  type JobPostInput,
  type RecruiterJobDetail,
  type UpdateJobInput,
} from '@/lib/validators/recruiter';
import type { Database } from '@/server/db';
import { jobs } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '../actor';
import { jobRowValues } from './job-row-values';
import { afterJobsChanged } from './jobs-changed';
import { ownedJob, recruiterCompany } from './recruiter-company';
import { listedStatus } from '../jobs/listed-status';

export async function createJob(db: Database, actor: Actor, raw: JobPostInput): Promise<{ id: string }> {
  const fields = createJobInput.parse(raw);
  const company = await recruiterCompany(db, actor);
  const [row] = await db
    .insert(jobs)
    .values({
      ...jobRowValues(fields),
      companyId: company.id,
      companyName: company.name,
      postedBy: actor.userId,
      source: 'direct',
      externalId: randomUUID(),
    })
    .returning({ id: jobs.id });
  if (!row) throw new AppError('INTERNAL_ERROR', 'The job was not saved.');
  await afterJobsChanged(db, [row.id]);
  return row;
}

export async function updateJob(db: Database, actor: Actor, raw: UpdateJobInput): Promise<{ id: string }> {
  const { id, fields } = updateJobInput.parse(raw);
  await ownedJob(db, actor, id);
  await db.update(jobs).set(jobRowValues(fields)).where(eq(jobs.id, id));
  await afterJobsChanged(db, [id]);
  return { id };
}

/** Close (no new applications; hidden from search and matching) or reopen. */
export async function setJobStatus(db: Database, actor: Actor, raw: { id: string; status: 'open' | 'closed' }) {
  const { id, status } = setJobStatusInput.parse(raw);
  const job = await ownedJob(db, actor, id);
  if (job.status === status) return { id, status };
  await db.update(jobs).set({ status }).where(eq(jobs.id, id));
  await afterJobsChanged(db, [id]);
  return { id, status };
}

export async function getJobForEditing(db: Database, actor: Actor, id: string): Promise<RecruiterJobDetail> {
  await ownedJob(db, actor, id);
  const [row] = await db.select().from(jobs).where(eq(jobs.id, id)).limit(1);
  if (!row) throw new AppError('NOT_FOUND', 'No such job among your company’s postings.');
  return {
    id: row.id,
    status: listedStatus(row.status),
    fields: {
      title: row.title,
      description: row.description,
      location: row.location,
      remoteType: row.remoteType,
      jobType: row.jobType,
      salaryMin: row.salaryMin,
      salaryMax: row.salaryMax,
      salaryCurrency: (row.salaryCurrency ?? 'USD') as RecruiterJobDetail['fields']['salaryCurrency'],
      salaryPeriod: row.salaryPeriod ?? 'year',
      requiredSkills: row.requiredSkills,
      requiredYears: row.requiredYears,
      applyUrl: row.applyUrl,
    },
  };
}
