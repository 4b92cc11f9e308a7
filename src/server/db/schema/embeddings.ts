import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, real, smallint, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { remoteType } from './enums';
import { jobs, type OccupationGuessRow } from './jobs';
import { users } from './users';

/**
 * Embeddings are kept here as plain real[] whatever the vector index is (pgvector, the
 * in-process index, Pinecone): PostgreSQL is the source of truth and `npm run reindex` rebuilds
 * any index from these rows. Every vector names its model and dimension; a vector of another
 * model than the configured one is stale and gets re-embedded, never compared.
 */
const embeddingColumns = {
  model: varchar('model', { length: 100 }).notNull(),
  dimensions: integer('dimensions').notNull(),
  embedding: real('embedding').array().notNull(),
  /** sha256 of the embedded text: unchanged text is not embedded again. */
  contentHash: varchar('content_hash', { length: 64 }).notNull(),
  embeddedAt: timestamp('embedded_at', { withTimezone: true }).notNull().defaultNow(),
};

export const jobEmbeddings = pgTable(
  'job_embeddings',
  {
    jobId: uuid('job_id')
      .primaryKey()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    ...embeddingColumns,
    /**
     * A copy of jobs.remote_type, kept by triggers (migration 0006), never written by the app:
     * pgvector's partial index on remote jobs needs it in this table. "Remote only" is the
     * most common selective filter; over the whole graph it walked thousands of other jobs.
     */
    remoteType: remoteType('remote_type'),
  },
  (t) => [
    check('job_embeddings_dimensions', sql`${t.dimensions} > 0 AND cardinality(${t.embedding}) = ${t.dimensions}`),
    index('idx_job_embeddings_model').on(t.model),
  ],
);

export const profileEmbeddings = pgTable(
  'profile_embeddings',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    ...embeddingColumns,
  },
  (t) => [
    check('profile_embeddings_dimensions', sql`${t.dimensions} > 0 AND cardinality(${t.embedding}) = ${t.dimensions}`),
  ],
);

/** A profile's inferred O*NET occupations (jobs carry theirs on the jobs row). */
export const profileOccupations = pgTable('profile_occupations', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  occupationCode: varchar('occupation_code', { length: 10 }),
  /** What the profile itself reads as (infer-profile-occupations.ts), or what the seeker confirmed. */
  occupations: jsonb('occupations').$type<OccupationGuessRow[]>().notNull().default([]),
  /**
   * The reading refined by the jobs nearest the profile (refine-occupations.ts), which matching
   * reads in its place; null until refined, again once the profile is re-inferred after an edit
   * (until refined anew), and while the seeker's occupations are confirmed.
   */
  refinedOccupations: jsonb('refined_occupations').$type<OccupationGuessRow[]>(),
  /** The occupation reading's version that made `occupations` (matching/occupations/reading-version.ts); 0: before versions. */
  occupationsVersion: smallint('occupations_version').notNull().default(0),
  inferredAt: timestamp('inferred_at', { withTimezone: true }).notNull().defaultNow(),
});
