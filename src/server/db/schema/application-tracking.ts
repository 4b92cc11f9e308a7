import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { applications } from './applications';

/** Interviews the applicant scheduled for one application (shown on it, downloadable as ICS). */
export const applicationInterviews = pgTable(
  'application_interviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    durationMinutes: integer('duration_minutes').notNull().default(60),
    /** A room, an address or a phone number. */
    location: varchar('location', { length: 300 }),
    /** The video call link. */
    link: varchar('link', { length: 2000 }),
    notes: text('notes'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('application_interviews_duration', sql`${t.durationMinutes} BETWEEN 5 AND 1440`),
    index('idx_application_interviews_application').on(t.applicationId, t.startsAt),
  ],
);

/** People the applicant deals with for one application: recruiter, hiring manager, referrer. */
export const applicationContacts = pgTable(
  'application_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    name: varchar('name', { length: 200 }).notNull(),
    role: varchar('role', { length: 200 }),
    email: varchar('email', { length: 320 }),
    phone: varchar('phone', { length: 50 }),
    notes: text('notes'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('idx_application_contacts_application').on(t.applicationId, t.createdAt)],
);
