import { index, integer, pgTable, real, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { notifications, savedSearches } from './alerts';
import { jobs } from './jobs';
import { users } from './users';

/**
 * Each job alerted for a saved search, once: the unique (saved search, job) key is written before
 * anything is sent, so a retried or concurrent run can never alert the same job twice. `slot` is
 * the run that claimed it: that run's digest lists exactly its own rows, also when it is retried.
 */
export const alertDeliveries = pgTable(
  'alert_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    savedSearchId: uuid('saved_search_id')
      .notNull()
      .references(() => savedSearches.id, { onDelete: 'cascade' }),
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    slot: varchar('slot', { length: 64 }).notNull(),
    /** The seeker's match score (0-1) when the search has a minimum, else null. */
    matchScore: real('match_score'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('alert_deliveries_search_job_unique').on(t.savedSearchId, t.jobId),
    index('idx_alert_deliveries_search_slot').on(t.savedSearchId, t.slot),
    index('idx_alert_deliveries_job').on(t.jobId),
  ],
);

/**
 * One digest per saved search and run slot (unique): the in-app notification and the email of
 * that run. The email is claimed before it is sent (email_claimed_at, a lease) and marked sent
 * after, so concurrent runs of a slot send it once and a run that died mid-send is retried.
 */
export const alertDigests = pgTable(
  'alert_digests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    savedSearchId: uuid('saved_search_id')
      .notNull()
      .references(() => savedSearches.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    slot: varchar('slot', { length: 64 }).notNull(),
    /** New matching jobs found beyond those recorded in alert_deliveries (the run's cap). */
    moreCount: integer('more_count').notNull().default(0),
    notificationId: uuid('notification_id').references(() => notifications.id, { onDelete: 'set null' }),
    emailClaimedAt: timestamp('email_claimed_at', { withTimezone: true }),
    emailSentAt: timestamp('email_sent_at', { withTimezone: true }),
    /** Why no email went out (e.g. 'unverified_email'); null when sent or pending. */
    emailSkipped: varchar('email_skipped', { length: 40 }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('alert_digests_search_slot_unique').on(t.savedSearchId, t.slot),
    index('idx_alert_digests_user').on(t.userId, t.createdAt.desc()),
  ],
);
