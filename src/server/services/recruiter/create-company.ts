/** A recruiter without a company creates one; it stays "pending approval" until an operator approves it. */
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { createCompanyInput, type CreateCompanyInput } from '@/lib/validators/company';
import type { Database } from '@/server/db';
import { companies, companyMembers, notifications, users } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '../actor';
import { membershipOf } from './recruiter-company';

function slugFor(name: string): string {
  const base = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 200)
    .replace(/-+$/, '');
  // A random tail keeps slugs unique without a read-then-write race between two sign-ups.
  return `${base || 'company'}-${randomBytes(3).toString('hex')}`;
}

export async function createCompany(db: Database, actor: Actor, raw: CreateCompanyInput) {
  const input = createCompanyInput.parse(raw);
  // Operators vouch for themselves; anyone else waits for one.
  const status = actor.role === 'admin' ? ('active' as const) : ('pending' as const);
  const company = await db.transaction(async (tx) => {
    const existing = await membershipOf(tx, actor.userId);
    if (existing) {
      throw new AppError('CONFLICT', `You already belong to ${existing.name}.`);
    }
    const [row] = await tx
      .insert(companies)
      .values({ ...input, slug: slugFor(input.name) })
      .returning({ id: companies.id, name: companies.name });
    if (!row) throw new AppError('INTERNAL_ERROR', 'The company was not saved.');
    await tx.insert(companyMembers).values({ companyId: row.id, userId: actor.userId, status });
    if (status === 'pending') {
      const admins = await tx.select({ id: users.id }).from(users).where(eq(users.role, 'admin'));
      if (admins.length > 0) {
        await tx.insert(notifications).values(
          admins.map((a) => ({
            userId: a.id,
            type: 'system' as const,
            title: `${row.name} awaits approval`.slice(0, 200),
            body: `A recruiter created the company ${row.name}. Approve it so they can post jobs.`,
            link: '/recruiter/approvals',
            dedupeKey: `company-approval:${row.id}`,
          })),
        );
      }
    }
    return row;
  });
  return { companyId: company.id, companyName: company.name, status };
}
