import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  smallint,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { alertFrequency, notificationType } from './enums';
import { users } from './users';

export const savedSearches = pgTable(
  'saved_searches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: varchar('name', { length: 120 }).notNull(),
    /** A validated JobSearchCriteria object. */
    criteria: jsonb('criteria').$type<Record<string, unknown>>().notNull(),
    alertFrequency: alertFrequency('alert_frequency').notNull().default('off'),
    /** Percent (1-100): only jobs the seeker matches at least this well are alerted; null: any. */
    minMatchScore: smallint('min_match_score'),
    /** The alert cursor: jobs created after it (less a margin, alert_deliveries dedupes) are new. */
    lastAlertedAt: timestamp('last_alerted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    check('saved_searches_name_not_empty', sql`length(trim(${t.name})) > 0`),
    check(
      'saved_searches_min_match_score_range',
      sql`${t.minMatchScore} IS NULL OR ${t.minMatchScore} BETWEEN 1 AND 100`,
    ),
    index('idx_saved_searches_user').on(t.userId),
    index('idx_saved_searches_alerts').on(t.alertFrequency, t.lastAlertedAt),
  ],
);

export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: notificationType('type').notNull(),
    title: varchar('title', { length: 200 }).notNull(),
    body: text('body').notNull(),
    link: varchar('link', { length: 500 }),
    /** Idempotency key: a workflow retried after a crash must not notify twice. */
    dedupeKey: varchar('dedupe_key', { length: 200 }),
    read: boolean('read').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('notifications_title_not_empty', sql`length(trim(${t.title})) > 0`),
    index('idx_notifications_user_unread').on(t.userId, t.read, t.createdAt.desc()),
    // NULL keys never collide, so only keyed notifications are deduplicated.
    uniqueIndex('notifications_user_dedupe_unique').on(t.userId, t.dedupeKey),
  ],
);
