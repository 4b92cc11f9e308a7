import { sql } from 'drizzle-orm';
import { check, date, index, jsonb, pgTable, text, timestamp, unique, uuid, varchar } from 'drizzle-orm/pg-core';
import { applicationStatus } from './enums';
import { jobs } from './jobs';
import { users } from './users';

export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    status: applicationStatus('status').notNull().default('saved'),
    appliedAt: timestamp('applied_at', { withTimezone: true }),
    /** First response after applying; derived from application_events. */
    responseAt: timestamp('response_at', { withTimezone: true }),
    notes: text('notes'),
    followUpDate: date('follow_up_date'),
    documentVersionId: uuid('document_version_id'),
    source: varchar('source', { length: 50 }),
    /**
     * The profile as the seeker shared it when applying (services/applications/shared-profile.ts):
     * what the hiring company sees, whatever the seeker edits later. Null: tracked before this
     * was kept, or a bookmark.
     */
    profileSnapshot: jsonb('profile_snapshot').$type<Record<string, unknown>>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    unique('applications_user_job_unique').on(t.userId, t.jobId),
    check(
      'applications_response_after_apply',
      sql`${t.responseAt} IS NULL OR (${t.appliedAt} IS NOT NULL AND ${t.responseAt} >= ${t.appliedAt})`,
    ),
    check(
      'applications_applied_has_date',
      sql`${t.status} IN ('saved') OR ${t.appliedAt} IS NOT NULL OR ${t.status} = 'withdrawn'`,
    ),
    index('idx_applications_user_status').on(t.userId, t.status),
    index('idx_applications_job_status').on(t.jobId, t.status),
    index('idx_applications_user_applied').on(t.userId, t.appliedAt.desc()),
  ],
);

export const applicationEvents = pgTable(
  'application_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    fromStatus: applicationStatus('from_status'),
    toStatus: applicationStatus('to_status').notNull(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    note: text('note'),
    metadata: jsonb('metadata').$type<Record<string, unknown>>(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('application_events_status_changes', sql`${t.fromStatus} IS NULL OR ${t.fromStatus} <> ${t.toStatus}`),
    index('idx_application_events_application').on(t.applicationId, t.occurredAt),
  ],
);
