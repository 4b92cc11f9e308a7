import { index, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

/**
 * Mail "sent" with no SMTP_URL: kept here and shown at /dev/mailbox in development, so flows
 * that need an email (unlock links) work on one machine with nothing configured.
 */
export const devMailbox = pgTable(
  'dev_mailbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    to: varchar('to', { length: 255 }).notNull(),
    subject: varchar('subject', { length: 255 }).notNull(),
    text: text('text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('idx_dev_mailbox_to').on(t.to, t.createdAt.desc())],
);
