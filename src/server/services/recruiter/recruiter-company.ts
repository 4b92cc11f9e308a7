import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/server/db';
import { companies, companyMembers, jobs } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '../actor';

export const NO_COMPANY_MESSAGE =
  'Your account is not linked to a company yet. Create your company or join one with a colleague’s invitation on your dashboard.';
export const PENDING_MESSAGE =
  'Your company is pending approval: you can post jobs once an operator has approved it.';

/** The caller's membership (they have at most one), whatever its status; null when they have none. */
export async function membershipOf(db: DbOrTx, userId: string) {
  const [row] = await db
    .select({
      companyId: companies.id,
      name: companies.name,
      website: companies.website,
      industry: companies.industry,
      headquarters: companies.headquarters,
      status: companyMembers.status,
    })
    .from(companyMembers)
    .innerJoin(companies, eq(companies.id, companyMembers.companyId))
    .where(eq(companyMembers.userId, userId))
    .orderBy(companyMembers.createdAt)
    .limit(1);
  return row ?? null;
}

/**
 * The company the recruiter posts for. A recruiter without one, or whose new company awaits an
 * operator's approval, is refused with a message saying what to do (the dashboard shows it
 * before any job form).
 */
export async function recruiterCompany(db: DbOrTx, actor: Actor): Promise<{ id: string; name: string }> {
  const m = await membershipOf(db, actor.userId);
  if (!m) throw new AppError('FORBIDDEN', NO_COMPANY_MESSAGE, { reason: 'no_company' });
  if (m.status !== 'active') throw new AppError('FORBIDDEN', PENDING_MESSAGE, { reason: 'pending_approval' });
  return { id: m.companyId, name: m.name };
}

/**
 * The job, if it belongs to a company the recruiter is an active member of. Another company's job
 * is NOT_FOUND rather than FORBIDDEN for writes: its internals are nobody else's business.
 */
export async function ownedJob(db: DbOrTx, actor: Actor, jobId: string) {
  const [row] = await db
    .select({ id: jobs.id, companyId: jobs.companyId, status: jobs.status })
    .from(jobs)
    .innerJoin(
      companyMembers,
      and(
        eq(companyMembers.companyId, jobs.companyId),
        eq(companyMembers.userId, actor.userId),
        eq(companyMembers.status, 'active'),
      ),
    )
    .where(eq(jobs.id, jobId))
    .limit(1);
  if (!row) throw new AppError('NOT_FOUND', 'No such job among your company’s postings.');
  return row;
}
