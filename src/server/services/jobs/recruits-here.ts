import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { companyMembers } from '@/server/db/schema';

/**
 * Whether the company has active recruiters here (pending members cannot see applicants yet):
 * an application to its job is then shared with them, which the seeker is told before applying.
 */
export const recruitsHere = (companyId: AnyColumn): SQL<boolean> =>
  sql<boolean>`EXISTS (SELECT 1 FROM ${companyMembers} WHERE ${companyMembers.companyId} = ${companyId} AND ${companyMembers.status} = 'active')`.mapWith(
    Boolean,
  );
