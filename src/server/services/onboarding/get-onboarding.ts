import { eq, sql } from 'drizzle-orm';
import type { Onboarding } from '@/lib/validators/onboarding';
import type { DbOrTx } from '@/server/db';
import { experience, preferences, skills, userOnboarding, users } from '@/server/db/schema';
import type { Actor } from '../actor';

/**
 * Where the seeker stands on the first-run checklist. Read from their data where it shows:
 * a resume imported (or typed in) leaves roles on the profile; preferences are set once any
 * location, arrangement, job type or salary is; a profile with a headline or three skills has
 * been looked over. The rest was recorded when they did it (mark-onboarding-step.ts).
 */
export async function getOnboarding(db: DbOrTx, actor: Actor): Promise<Onboarding> {
  const [row] = await db
    .select({
      roles: sql<number>`(select count(*) from ${experience} where ${experience.userId} = ${users.id})::int`,
      skills: sql<number>`(select count(*) from ${skills} where ${skills.userId} = ${users.id})::int`,
      headline: users.professionalHeadline,
      preferencesSet: sql<boolean>`coalesce((
        select cardinality(${preferences.locations}) > 0 or cardinality(${preferences.remoteTypes}) > 0
          or cardinality(${preferences.jobTypes}) > 0 or ${preferences.salaryMin} is not null
        from ${preferences} where ${preferences.userId} = ${users.id}), false)`,
      profileCheckedAt: userOnboarding.profileCheckedAt,
      matchesSeenAt: userOnboarding.matchesSeenAt,
      dismissedAt: userOnboarding.dismissedAt,
    })
    .from(users)
    .leftJoin(userOnboarding, eq(userOnboarding.userId, users.id))
    .where(eq(users.id, actor.userId))
    .limit(1);
  if (!row) return { steps: [], dismissed: true };
  return {
    steps: [
      { step: 'resume', done: row.roles > 0 },
      { step: 'profile', done: Boolean(row.profileCheckedAt) || Boolean(row.headline?.trim()) || row.skills >= 3 },
      { step: 'preferences', done: row.preferencesSet },
      { step: 'matches', done: Boolean(row.matchesSeenAt) },
    ],
    dismissed: Boolean(row.dismissedAt),
  };
}
