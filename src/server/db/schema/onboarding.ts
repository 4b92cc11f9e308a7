import { pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

/**
 * The first-run checklist's memory for the steps the data cannot show (a profile looked over, the
 * matches seen) and whether the seeker put the checklist away. Importing a resume and setting
 * preferences are read from the profile itself (services/onboarding/get-onboarding.ts).
 */
export const userOnboarding = pgTable('user_onboarding', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  profileCheckedAt: timestamp('profile_checked_at', { withTimezone: true }),
  matchesSeenAt: timestamp('matches_seen_at', { withTimezone: true }),
  dismissedAt: timestamp('dismissed_at', { withTimezone: true }),
});
