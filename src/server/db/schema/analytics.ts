import { index, jsonb, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

export const userAnalyticsCache = pgTable(
  'user_analytics_cache',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    metrics: jsonb('metrics').$type<Record<string, unknown>>().notNull(),
    insights: jsonb('insights').$type<Record<string, unknown>>(),
    benchmarks: jsonb('benchmarks').$type<Record<string, unknown>>(),
    calculatedAt: timestamp('calculated_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('idx_analytics_cache_expires').on(t.expiresAt)],
);
