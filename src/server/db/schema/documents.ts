import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, unique, uuid, varchar } from 'drizzle-orm/pg-core';
import type { DocumentExport, DocumentMetadata } from '@/lib/validators/documents-api';
import type { DocumentContent } from '@/lib/validators/documents';
import { applications } from './applications';
import { jobs } from './jobs';
import { users } from './users';

/**
 * Every version of every generated resume and cover letter (the design's generated_documents).
 * A document is the chain of versions sharing `root_document_id` (the first version's id); an
 * edit is a new row whose parent is the version it was edited from. Rows are never updated but
 * for status and the exports list. The MongoDB adapter stores the same fields.
 */
export const generatedDocuments = pgTable(
  'generated_documents',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    jobId: uuid('job_id').references(() => jobs.id, { onDelete: 'set null' }),
    applicationId: uuid('application_id').references(() => applications.id, { onDelete: 'set null' }),
    kind: varchar('kind', { length: 20 }).$type<DocumentContent['kind']>().notNull(),
    templateId: varchar('template_id', { length: 40 }).notNull(),
    version: integer('version').notNull(),
    parentDocumentId: uuid('parent_document_id'),
    rootDocumentId: uuid('root_document_id').notNull(),
    status: varchar('status', { length: 20 }).$type<'draft' | 'generated' | 'edited' | 'finalized'>().notNull(),
    content: jsonb('content').$type<DocumentContent>().notNull(),
    metadata: jsonb('metadata').$type<DocumentMetadata>().notNull(),
    exports: jsonb('exports').$type<DocumentExport[]>().notNull().default([]),
    /** A retried generation step finds the version it already stored instead of adding one. */
    idempotencyKey: varchar('idempotency_key', { length: 200 }).unique('generated_documents_idempotency_key_unique'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('generated_documents_root_version_unique').on(t.rootDocumentId, t.version),
    check('generated_documents_kind', sql`${t.kind} IN ('resume', 'cover_letter')`),
    check('generated_documents_status', sql`${t.status} IN ('draft', 'generated', 'edited', 'finalized')`),
    check('generated_documents_version_positive', sql`${t.version} >= 1`),
    index('idx_generated_documents_user_kind_created').on(t.userId, t.kind, t.createdAt.desc()),
    index('idx_generated_documents_job_kind').on(t.jobId, t.kind),
    index('idx_generated_documents_status_created').on(t.status, t.createdAt.desc()),
  ],
);

/**
 * One generation the seeker asked for, and how far it got: the browser polls it. The request id
 * is the idempotency key of the version it produces.
 */
export const documentGenerationRequests = pgTable(
  'document_generation_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id').references(() => applications.id, { onDelete: 'set null' }),
    kind: varchar('kind', { length: 20 }).$type<DocumentContent['kind']>().notNull(),
    templateId: varchar('template_id', { length: 40 }).notNull(),
    options: jsonb('options').$type<{ tone?: string; length?: string }>().notNull().default({}),
    status: varchar('status', { length: 20 }).$type<'queued' | 'running' | 'done' | 'failed'>().notNull().default('queued'),
    step: varchar('step', { length: 40 }),
    stepsDone: integer('steps_done').notNull().default(0),
    error: text('error'),
    versionId: uuid('version_id'),
    documentId: uuid('document_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    check('document_generation_requests_status', sql`${t.status} IN ('queued', 'running', 'done', 'failed')`),
    index('idx_document_generation_requests_user').on(t.userId, t.createdAt.desc()),
  ],
);

/** The template a seeker's new documents use unless they pick another. */
export const documentTemplateDefaults = pgTable('document_template_defaults', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  templateId: varchar('template_id', { length: 40 }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
});
