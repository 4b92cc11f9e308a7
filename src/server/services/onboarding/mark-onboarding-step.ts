import { sql } from 'drizzle-orm';
import { markOnboardingStepInput, type MarkOnboardingStepInput, type Onboarding } from '@/lib/validators/onboarding';
import type { DbOrTx } from '@/server/db';
import { userOnboarding } from '@/server/db/schema';
import type { Actor } from '../actor';
import { getOnboarding } from './get-onboarding';

/** Records a step done (the first time only: a later visit keeps the first date). */
export async function markOnboardingStep(db: DbOrTx, raw: MarkOnboardingStepInput, actor: Actor): Promise<Onboarding> {
  const { step } = markOnboardingStepInput.parse(raw);
  const column = step === 'profile' ? 'profileCheckedAt' : 'matchesSeenAt';
  const target = userOnboarding[column];
  await db
    .insert(userOnboarding)
    .values({ userId: actor.userId, [column]: new Date() })
    .onConflictDoUpdate({ target: userOnboarding.userId, set: { [column]: sql`coalesce(${target}, now())` } });
  return getOnboarding(db, actor);
}

/** Puts the checklist away for good. */
export async function dismissOnboarding(db: DbOrTx, actor: Actor): Promise<Onboarding> {
  await db
    .insert(userOnboarding)
    .values({ userId: actor.userId, dismissedAt: new Date() })
    .onConflictDoUpdate({ target: userOnboarding.userId, set: { dismissedAt: sql`coalesce(${userOnboarding.dismissedAt}, now())` } });
  return getOnboarding(db, actor);
}
