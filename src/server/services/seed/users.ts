/**
 * The three demo accounts (seeker, recruiter, operator), the only people who can sign in to a seeded database (the generated
 * sample seekers of seed/sample-seekers.ts cannot). Their passwords are public on
 * purpose (printed by `npm run db:seed`, listed in the README): never seed them in production.
 */
import { inArray } from 'drizzle-orm';
import type { UserRole } from '@/lib/validators/enums';
import { hashPassword } from '@/server/auth/password';
import { companyMembers, users } from '@/server/db/schema';
import type { Database } from '@/server/db/types';

export interface DemoUser {
  email: string;
  password: string;
  firstName: string;
  lastName: string;
  role: UserRole;
}

/** Passwords meet the sign-up policy: 8-128 chars, upper, lower, digit, a symbol or a space. */
export const DEMO_USERS = {
  seeker: {
    email: 'seeker@givemejobs.dev',
    password: 'Seeker!2026x',
    firstName: 'Demo',
    lastName: 'Seeker',
    role: 'seeker',
  },
  recruiter: {
    email: 'recruiter@givemejobs.dev',
    password: 'Recruit!2026x',
    firstName: 'Demo',
    lastName: 'Recruiter',
    role: 'recruiter',
  },
  /** The operator: manages job sources (/admin/sources). */
  admin: {
    email: 'admin@givemejobs.dev',
    password: 'Operate!2026x',
    firstName: 'Demo',
    lastName: 'Operator',
    role: 'admin',
  },
} as const satisfies Record<string, DemoUser>;

export interface DemoUserIds {
  seekerId: string;
  recruiterId: string;
  /** How many of the demo accounts this call created (0 on a re-run). */
  created: number;
}

/**
 * Creates the accounts that do not exist yet and makes the recruiter a member of
 * `recruiterCompanyId`. Existing accounts are left untouched, passwords included.
 */
export async function ensureDemoUsers(db: Database, recruiterCompanyId: string): Promise<DemoUserIds> {
  const all = Object.values(DEMO_USERS);
  const emails = all.map((u) => u.email);
  const existing = await db.select({ email: users.email }).from(users).where(inArray(users.email, emails));
  const missing = all.filter((u) => !existing.some((e) => e.email === u.email));
  let created = 0;
  for (const u of missing) {
    const passwordHash = await hashPassword(u.password);
    const rows = await db
      .insert(users)
      .values({
        email: u.email,
        passwordHash,
        firstName: u.firstName,
        lastName: u.lastName,
        role: u.role,
        // Confirmed as a followed link would (flag and date): the account page reads the date, alerts the flag.
        emailVerified: true,
        emailVerifiedAt: new Date(),
      })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    created += rows.length;
  }
  const rows = await db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, emails));
  const idOf = (email: string) => {
    const id = rows.find((r) => r.email === email)?.id;
    if (!id) throw new Error(`Demo user ${email} is missing after insert.`);
    return id;
  };
  const ids = { seekerId: idOf(DEMO_USERS.seeker.email), recruiterId: idOf(DEMO_USERS.recruiter.email), created };
  await db
    .insert(companyMembers)
    .values({ companyId: recruiterCompanyId, userId: ids.recruiterId })
    .onConflictDoNothing();
  return ids;
}
