import { sql, type SQL } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { companies } from './companies';
import { jobStatus, jobType, remoteType, salaryPeriod } from './enums';
import { tsvector } from './tsvector';
import { users } from './users';

/** One inferred occupation as stored: O*NET-SOC code and a confidence in (0, 1]. */
export interface OccupationGuessRow {
  code: string;
  confidence: number;
}

export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    companyId: uuid('company_id').references(() => companies.id, { onDelete: 'set null' }),
    /** Denormalized so ingested jobs without a company row still read and search well. */
    companyName: varchar('company_name', { length: 200 }).notNull(),
    postedBy: uuid('posted_by').references(() => users.id, { onDelete: 'set null' }),
    /**
     * The seeker who added this job to their board by hand (status 'private'): only they see it,
     * and it goes with their account. Null for every listed job.
     */
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'cascade' }),
    title: varchar('title', { length: 200 }).notNull(),
    description: text('description').notNull(),
    location: varchar('location', { length: 200 }).notNull(),
    remoteType: remoteType('remote_type').notNull(),
    jobType: jobType('job_type').notNull(),
    salaryMin: integer('salary_min'),
    salaryMax: integer('salary_max'),
    salaryCurrency: varchar('salary_currency', { length: 3 }),
    salaryPeriod: salaryPeriod('salary_period'),
    /** Salary midpoint converted to a yearly amount in USD; null when unknown. */
    salaryAnnualUsd: integer('salary_annual_usd'),
    requiredSkills: text('required_skills')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    requiredYears: numeric('required_years', { precision: 4, scale: 1, mode: 'number' }).notNull().default(0),
    postedAt: timestamp('posted_at', { withTimezone: true }).notNull().defaultNow(),
    source: varchar('source', { length: 50 }).notNull().default('direct'),
    externalId: varchar('external_id', { length: 200 }).notNull(),
    applyUrl: varchar('apply_url', { length: 1000 }),
    status: jobStatus('status').notNull().default('open'),
    /** The most likely O*NET-SOC occupation (e.g. "15-1252.00"), inferred: the normalized title. */
    occupationCode: varchar('occupation_code', { length: 10 }),
    /** The inferred O*NET occupations, most likely first, with confidences (matching/occupations). */
    occupations: jsonb('occupations').$type<OccupationGuessRow[]>().notNull().default([]),
    /** The occupation reading's version that made `occupations` (matching/occupations/reading-version.ts); 0: before versions. */
    occupationsVersion: smallint('occupations_version').notNull().default(0),
    /**
     * Stored inline (STORAGE MAIN, migration 0002): search reads it for ranking and `@@` checks.
     * job_search_text (migration 0032) keeps "C#", "C++" and ".NET" apart (search/search-words.ts).
     */
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      (): SQL =>
        sql`setweight(to_tsvector('english', job_search_text(coalesce(${jobs.title}, ''))), 'A') || setweight(to_tsvector('english', job_search_text(coalesce(${jobs.companyName}, ''))), 'B') || setweight(to_tsvector('english', job_search_text(coalesce(${jobs.description}, ''))), 'C')`,
    ),
    /**
     * Title (A) and company name (B) only: small enough to stay in the row (search_vector is
     * TOASTed), so search can find and rank "the keywords are in the title" cheaply.
     */
    titleVector: tsvector('title_vector').generatedAlwaysAs(
      (): SQL =>
        sql`setweight(to_tsvector('english', job_search_text(coalesce(${jobs.title}, ''))), 'A') || setweight(to_tsvector('english', job_search_text(coalesce(${jobs.companyName}, ''))), 'B')`,
    ),
    // Ingestion (services/ingestion/store): a replay whose content_hash is unchanged writes nothing.
    contentHash: varchar('content_hash', { length: 64 }),
    /** Hash of the posting as the source sent it: a replay skips normalizing what did not change. */
    rawHash: varchar('raw_hash', { length: 64 }),
    /** When an ingestion run last wrote or reopened the row (a no-change replay leaves it). */
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }),
    city: varchar('city', { length: 100 }),
    region: varchar('region', { length: 100 }),
    country: varchar('country', { length: 2 }),
    /** Normalized employer | title | place: where cross-source duplicate candidates are looked up. */
    dedupeKey: varchar('dedupe_key', { length: 400 }),
    /**
     * The job this one duplicates (the same posting from another source). A column rather than a
     * link table: search and matching hide duplicates with a filter on the row they already read
     * (duplicate_of IS NULL), and a posting has at most one canonical job.
     */
    duplicateOf: uuid('duplicate_of').references((): AnyPgColumn => jobs.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    unique('jobs_source_external_id_unique').on(t.source, t.externalId),
    check('jobs_title_not_empty', sql`length(trim(${t.title})) > 0`),
    // A job added by hand may come without a description: it is left empty rather than invented.
    // (status::text: the enum value 'private' is new in the same migration as this check.)
    check('jobs_description_not_empty', sql`length(trim(${t.description})) > 0 OR ${t.status}::text = 'private'`),
    // A private job has its owner and no company: a company's postings are always listed.
    check(
      'jobs_private_has_owner',
      sql`(${t.status}::text = 'private') = (${t.ownerId} IS NOT NULL) AND (${t.ownerId} IS NULL OR ${t.companyId} IS NULL)`,
    ),
    check('jobs_company_name_not_empty', sql`length(trim(${t.companyName})) > 0`),
    check(
      'jobs_salary_range',
      sql`(${t.salaryMin} IS NULL OR ${t.salaryMin} >= 0) AND (${t.salaryMax} IS NULL OR ${t.salaryMax} >= 0) AND (${t.salaryMin} IS NULL OR ${t.salaryMax} IS NULL OR ${t.salaryMax} >= ${t.salaryMin})`,
    ),
    check(
      'jobs_salary_has_currency',
      sql`(${t.salaryMin} IS NULL AND ${t.salaryMax} IS NULL) OR (${t.salaryCurrency} IS NOT NULL AND ${t.salaryPeriod} IS NOT NULL)`,
    ),
    check('jobs_currency_format', sql`${t.salaryCurrency} IS NULL OR ${t.salaryCurrency} ~ '^[A-Z]{3}$'`),
    check('jobs_required_years_range', sql`${t.requiredYears} BETWEEN 0 AND 50`),
    index('idx_jobs_search_vector').using('gin', t.searchVector),
    // Two more btree indexes on open jobs are created by migration 0004 because drizzle cannot
    // express INCLUDE: idx_jobs_open_newest_covering (posted_at DESC, id DESC) and
    // idx_jobs_open_salary_covering (salary_annual_usd DESC NULLS LAST, posted_at DESC, id DESC),
    // both carrying the filter columns so search can filter while walking them, index-only.
    // Migration 0011 adds idx_jobs_open_occupation_newest (occupation_code, posted_at DESC)
    // INCLUDE (id and the filter columns) for matching's occupation candidates.
    // Migration 0016 narrows these three to canonical jobs (AND duplicate_of IS NULL), which is
    // what search and matching ask for (criteria-sql isOpen): their scans stay index-only.
    index('idx_jobs_open_title_vector')
      .using('gin', t.titleVector)
      .where(sql`${t.status} = 'open'`),
    // A fixed 1/128 random sample of open jobs (ids are random v4 UUIDs: the first byte is
    // uniform), from which search estimates the size of very large result sets instead of
    // counting them. The two predicates describe the same rows, spelled differently so that a
    // query picks its index by spelling (see services/jobs/search/count-matches.ts).
    index('idx_jobs_sample_search_vector')
      .using('gin', t.searchVector)
      .where(sql`${t.status} = 'open' AND ${t.id} < '02000000-0000-0000-0000-000000000000'::uuid`),
    index('idx_jobs_sample_facets')
      .on(t.remoteType, t.jobType, t.postedAt, t.salaryAnnualUsd, t.location)
      .where(
        sql`${t.status} = 'open' AND ${t.duplicateOf} IS NULL AND ${t.id} <= '01ffffff-ffff-ffff-ffff-ffffffffffff'::uuid`,
      ),
    index('idx_jobs_company').on(t.companyId),
    index('idx_jobs_owner').on(t.ownerId).where(sql`${t.ownerId} IS NOT NULL`),
    index('idx_jobs_occupation_code').on(t.occupationCode),
    index('idx_jobs_salary_annual').on(t.salaryAnnualUsd),
    index('idx_jobs_remote_job_type').on(t.remoteType, t.jobType),
    index('idx_jobs_dedupe_key').on(t.dedupeKey).where(sql`${t.dedupeKey} IS NOT NULL`),
    index('idx_jobs_duplicate_of').on(t.duplicateOf).where(sql`${t.duplicateOf} IS NOT NULL`),
    index('idx_jobs_location_trgm').using('gin', sql`lower(${t.location}) gin_trgm_ops`),
  ],
);
