import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/server/db';
import { companies, companyMembers, jobs } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '../actor';

/** The company the recruiter posts for (their first membership). */
export async function recruiterCompany(db: DbOrTx, actor: Actor): Promise<{ id: string; name: string }> {
  const [row] = await db
    .select({ id: companies.id, name: companies.name })
    .from(companyMembers)
    .innerJoin(companies, eq(companies.id, companyMembers.companyId))
    .where(eq(companyMembers.userId, actor.userId))
    .orderBy(companyMembers.createdAt)
    .limit(1);
  if (!row)
    throw new AppError('FORBIDDEN', 'Your account is not linked to a company yet. Ask your company admin to add you.');
  return row;
}

/**
 * The job, if it belongs to a company the recruiter is a member of. Another company's job is
 * NOT_FOUND rather than FORBIDDEN for writes: its internals are nobody else's business.
 */
export async function ownedJob(db: DbOrTx, actor: Actor, jobId: string) {
  const [row] = await db
    .select({ id: jobs.id, companyId: jobs.companyId, status: jobs.status })
    .from(jobs)
    .innerJoin(
      companyMembers,
      and(eq(companyMembers.companyId, jobs.companyId), eq(companyMembers.userId, actor.userId)),
    )
    .where(eq(jobs.id, jobId))
    .limit(1);
  if (!row) throw new AppError('NOT_FOUND', 'No such job among your company’s postings.');
  return row;
}
