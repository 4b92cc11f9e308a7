/** Operators approve recruiters who created a company; until then they cannot post. */
import { and, asc, eq } from 'drizzle-orm';
import { approveMemberInput, type PendingMembers } from '@/lib/validators/company';
import type { Database } from '@/server/db';
import { companies, companyMembers, notifications, users } from '@/server/db/schema';
import { AppError } from '@/server/errors';

export async function listPendingMembers(db: Database): Promise<PendingMembers> {
  const rows = await db
    .select({
      companyId: companies.id,
      companyName: companies.name,
      website: companies.website,
      userId: users.id,
      firstName: users.firstName,
      lastName: users.lastName,
      email: users.email,
      emailVerified: users.emailVerified,
      requestedAt: companyMembers.createdAt,
    })
    .from(companyMembers)
    .innerJoin(companies, eq(companies.id, companyMembers.companyId))
    .innerJoin(users, eq(users.id, companyMembers.userId))
    .where(eq(companyMembers.status, 'pending'))
    .orderBy(asc(companyMembers.createdAt))
    .limit(200);
  return rows.map(({ firstName, lastName, ...r }) => ({ ...r, name: `${firstName} ${lastName}` }));
}

export async function approveMember(db: Database, raw: { companyId: string; userId: string }) {
  const { companyId, userId } = approveMemberInput.parse(raw);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(companyMembers)
      .set({ status: 'active' })
      .where(
        and(eq(companyMembers.companyId, companyId), eq(companyMembers.userId, userId), eq(companyMembers.status, 'pending')),
      )
      .returning({ companyId: companyMembers.companyId });
    if (!row) throw new AppError('NOT_FOUND', 'No such membership awaits approval.');
    const [company] = await tx.select({ name: companies.name }).from(companies).where(eq(companies.id, companyId));
    const companyName = company?.name ?? '';
    await tx
      .insert(notifications)
      .values({
        userId,
        type: 'system',
        title: `${companyName} is approved`.slice(0, 200),
        body: `You can now post jobs for ${companyName} and invite colleagues.`,
        link: '/recruiter',
        dedupeKey: `company-approved:${companyId}`,
      })
      .onConflictDoNothing({ target: [notifications.userId, notifications.dedupeKey] });
    return { companyId, companyName, status: 'active' as const };
  });
}
