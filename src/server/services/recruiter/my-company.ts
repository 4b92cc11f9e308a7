import { asc, eq } from 'drizzle-orm';
import type { MyCompanyOutput } from '@/lib/validators/company';
import type { Database } from '@/server/db';
import { companyMembers, users } from '@/server/db/schema';
import type { Actor } from '../actor';
import { membershipOf } from './recruiter-company';

/** The caller's company and standing; colleagues' names only once the caller is an active member. */
export async function myCompany(db: Database, actor: Actor): Promise<MyCompanyOutput> {
  const m = await membershipOf(db, actor.userId);
  if (!m) return { company: null, status: null, members: [] };
  const members =
    m.status === 'active'
      ? await db
          .select({
            firstName: users.firstName,
            lastName: users.lastName,
            status: companyMembers.status,
            joinedAt: companyMembers.createdAt,
          })
          .from(companyMembers)
          .innerJoin(users, eq(users.id, companyMembers.userId))
          .where(eq(companyMembers.companyId, m.companyId))
          .orderBy(asc(companyMembers.createdAt))
          .limit(200)
      : [];
  return {
    company: { id: m.companyId, name: m.name, website: m.website, industry: m.industry, headquarters: m.headquarters },
    status: m.status,
    members: members.map(({ firstName, lastName, ...r }) => ({ ...r, name: `${firstName} ${lastName}` })),
  };
}
