import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  doublePrecision,
  index,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { jobs } from './jobs';
import { users } from './users';

const score = (name: string) => numeric(name, { precision: 5, scale: 4, mode: 'number' }).notNull();

export const jobMatchScores = pgTable(
  'job_match_scores',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    semanticScore: score('semantic_score'),
    traditionalScore: score('traditional_score'),
    compositeScore: score('composite_score'),
    matchFactors: jsonb('match_factors').$type<Record<string, unknown>>().notNull().default({}),
    // What ranks a stored match list (stored-matches.ts), kept by PostgreSQL from match_factors as
    // rows are written: read from the JSON of every stored row, they cost about 0.9 ms of the
    // database's CPU per match list (pgbench, 239 rows).
    rankBasis: text('rank_basis').generatedAlwaysAs(sql`match_factors->>'basis'`),
    rankBand: text('rank_band').generatedAlwaysAs(sql`match_factors->'explanation'->>'band'`),
    rankComposite: doublePrecision('rank_composite').generatedAlwaysAs(
      sql`(match_factors->'explanation'->>'composite')::float8`,
    ),
    /** Scored while the vector index was down. */
    rankDegraded: boolean('rank_degraded').generatedAlwaysAs(sql`(match_factors->>'degraded')::boolean`),
    /** Scored without the job's vector (not yet embedded) while the index was up. */
    rankPartial: boolean('rank_partial').generatedAlwaysAs(sql`(match_factors->'explanation'->>'degraded')::boolean`),
    calculatedAt: timestamp('calculated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('job_match_scores_user_job_unique').on(t.userId, t.jobId),
    check('job_match_scores_semantic_range', sql`${t.semanticScore} BETWEEN 0 AND 1`),
    check('job_match_scores_traditional_range', sql`${t.traditionalScore} BETWEEN 0 AND 1`),
    check('job_match_scores_composite_range', sql`${t.compositeScore} BETWEEN 0 AND 1`),
    index('idx_job_match_scores_composite').on(t.userId, t.compositeScore.desc()),
    index('idx_job_match_scores_calculated').on(t.calculatedAt.desc()),
  ],
);
