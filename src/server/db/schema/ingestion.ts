/**
 * Job-board ingestion: the sources an admin configured, each run's counts, and the records a run
 * could not use (kept with their raw payload so a parser fix can be checked against them).
 * The ingestion columns of jobs (content_hash, last_seen_at, city/region/country, dedupe_key,
 * duplicate_of) live in jobs.ts with the rest of the table.
 */
import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

/** What the last run left behind, shown on the admin page without reading ingest_runs. */
export interface SourceRunSummaryRow {
  runId: string;
  status: string;
  finishedAt: string;
  fetched: number;
  inserted: number;
  updated: number;
  unchanged: number;
  closed: number;
  duplicatesLinked: number;
  quarantined: number;
  error: string | null;
}

/** The circuit breaker's state as last observed (the breaker itself lives in the HTTP client). */
export interface CircuitSnapshotRow {
  state: 'closed' | 'open' | 'half_open' | 'isolated';
  at: string;
}

export const jobSources = pgTable(
  'job_sources',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** One of SOURCE_TYPES (normalized-posting.ts); varchar so a new connector needs no migration. */
    type: varchar('type', { length: 30 }).notNull(),
    /** Board token ('acme') or, for jsonld, the page URL. */
    token: varchar('token', { length: 1000 }).notNull(),
    label: varchar('label', { length: 200 }).notNull(),
    /** A five-field cron expression or an interval such as "6h" / "30m" / "1d". */
    schedule: varchar('schedule', { length: 100 }).notNull(),
    enabled: boolean('enabled').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastRunAt: timestamp('last_run_at', { withTimezone: true }),
    lastRun: jsonb('last_run').$type<SourceRunSummaryRow>(),
    circuit: jsonb('circuit').$type<CircuitSnapshotRow>(),
  },
  (t) => [index('idx_job_sources_type_token').on(t.type, t.token)],
);

export const ingestRuns = pgTable(
  'ingest_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Null for a CLI or add-by-URL run that has no source row. */
    sourceId: uuid('source_id').references(() => jobSources.id, { onDelete: 'cascade' }),
    /** The jobs.source key the run wrote ('greenhouse:acme', 'url:example.com'). */
    sourceKey: varchar('source_key', { length: 50 }).notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    /** running | succeeded | partial (incomplete feed: nothing closed) | failed | skipped (circuit open). */
    status: varchar('status', { length: 20 }).notNull().default('running'),
    fetched: integer('fetched').notNull().default(0),
    inserted: integer('inserted').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    unchanged: integer('unchanged').notNull().default(0),
    closed: integer('closed').notNull().default(0),
    duplicatesLinked: integer('duplicates_linked').notNull().default(0),
    quarantined: integer('quarantined').notNull().default(0),
    error: text('error'),
  },
  (t) => [index('idx_ingest_runs_source_started').on(t.sourceId, t.startedAt.desc())],
);

export const ingestQuarantine = pgTable(
  'ingest_quarantine',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    source: varchar('source', { length: 50 }).notNull(),
    externalId: varchar('external_id', { length: 200 }),
    reason: text('reason').notNull(),
    payload: jsonb('payload').notNull().default(sql`'null'::jsonb`),
    runId: uuid('run_id').references(() => ingestRuns.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('idx_ingest_quarantine_run').on(t.runId), index('idx_ingest_quarantine_source').on(t.source)],
);
