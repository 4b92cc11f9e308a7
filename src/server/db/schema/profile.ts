import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { alertFrequency, datePrecision, jobType, remoteType, salaryPeriod, skillCategory } from './enums';
import { PREFERENCE_MUST_HAVES, type PreferenceMustHave } from '@/lib/validators/preference-must-haves';
import { users } from './users';

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
};

export const skills = pgTable(
  'skills',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: varchar('name', { length: 100 }).notNull(),
    category: skillCategory('category').notNull(),
    proficiencyLevel: integer('proficiency_level').notNull(),
    yearsOfExperience: numeric('years_of_experience', { precision: 4, scale: 1, mode: 'number' }).notNull().default(0),
    endorsements: integer('endorsements').notNull().default(0),
    lastUsed: date('last_used'),
    ...timestamps,
  },
  (t) => [
    unique('skills_user_name_category_unique').on(t.userId, t.name, t.category),
    check('skills_name_not_empty', sql`length(trim(${t.name})) > 0`),
    check('skills_proficiency_range', sql`${t.proficiencyLevel} BETWEEN 1 AND 5`),
    check('skills_years_range', sql`${t.yearsOfExperience} BETWEEN 0 AND 50`),
    check('skills_endorsements_nonnegative', sql`${t.endorsements} >= 0`),
    index('idx_skills_user_category').on(t.userId, t.category),
    index('idx_skills_name_category').on(t.name, t.category),
    index('idx_skills_proficiency').on(t.proficiencyLevel.desc(), t.yearsOfExperience.desc()),
  ],
);

/**
 * A role as the seeker's resume or form states it. Nothing but some content is required: imported
 * resumes often give a role without dates or without a title, and dropping it would lose the
 * history matching stands on. Dates carry their precision (a year-only "2017" is stored as
 * 2017-01-01 with precision 'year'); `duration_months` keeps "24 months" when no dates are given.
 */
export const experience = pgTable(
  'experience',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    title: varchar('title', { length: 200 }),
    company: varchar('company', { length: 200 }),
    location: varchar('location', { length: 200 }),
    startDate: date('start_date'),
    // Month by default: rows written before precision was kept (and the seed) are month-level, day 01.
    startPrecision: datePrecision('start_precision').notNull().default('month'),
    endDate: date('end_date'),
    endPrecision: datePrecision('end_precision').notNull().default('month'),
    isCurrent: boolean('is_current').notNull().default(false),
    durationMonths: integer('duration_months'),
    description: text('description'),
    achievements: text('achievements')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    ...timestamps,
  },
  (t) => [
    check('experience_title_not_blank', sql`${t.title} IS NULL OR length(trim(${t.title})) > 0`),
    check('experience_company_not_blank', sql`${t.company} IS NULL OR length(trim(${t.company})) > 0`),
    check(
      'experience_has_content',
      sql`${t.title} IS NOT NULL OR ${t.company} IS NOT NULL OR length(trim(coalesce(${t.description}, ''))) > 0 OR cardinality(${t.achievements}) > 0`,
    ),
    check('experience_dates_ordered', sql`${t.endDate} IS NULL OR ${t.endDate} >= ${t.startDate}`),
    check('experience_current_has_no_end', sql`NOT (${t.isCurrent} AND ${t.endDate} IS NOT NULL)`),
    check('experience_duration_range', sql`${t.durationMonths} IS NULL OR ${t.durationMonths} BETWEEN 0 AND 720`),
    index('idx_experience_user_start').on(t.userId, t.startDate.desc()),
  ],
);

/** A project from the resume's Projects section (personal, academic or client work). */
export const projects = pgTable(
  'projects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: varchar('name', { length: 200 }).notNull(),
    description: text('description'),
    url: varchar('url', { length: 500 }),
    startDate: date('start_date'),
    endDate: date('end_date'),
    highlights: text('highlights')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    ...timestamps,
  },
  (t) => [
    check('projects_name_not_empty', sql`length(trim(${t.name})) > 0`),
    check('projects_dates_ordered', sql`${t.startDate} IS NULL OR ${t.endDate} IS NULL OR ${t.endDate} >= ${t.startDate}`),
    index('idx_projects_user').on(t.userId),
  ],
);

/** A certification or licence ("AWS Certified Solutions Architect", issuer, when). */
export const certifications = pgTable(
  'certifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: varchar('name', { length: 200 }).notNull(),
    issuer: varchar('issuer', { length: 200 }),
    issuedOn: date('issued_on'),
    // As for roles: a year-only "2021" is 2021-01-01 with precision 'year'. Month for rows written
    // before precision was kept.
    issuedOnPrecision: datePrecision('issued_on_precision').notNull().default('month'),
    ...timestamps,
  },
  (t) => [
    check('certifications_name_not_empty', sql`length(trim(${t.name})) > 0`),
    index('idx_certifications_user').on(t.userId),
  ],
);

export const education = pgTable(
  'education',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    // Either may be missing from a resume ("B.E. Computer Science", or a school without the degree).
    institution: varchar('institution', { length: 200 }),
    degree: varchar('degree', { length: 200 }),
    fieldOfStudy: varchar('field_of_study', { length: 200 }),
    startDate: date('start_date'),
    endDate: date('end_date'),
    grade: varchar('grade', { length: 50 }),
    ...timestamps,
  },
  (t) => [
    check('education_institution_not_blank', sql`${t.institution} IS NULL OR length(trim(${t.institution})) > 0`),
    check('education_degree_not_blank', sql`${t.degree} IS NULL OR length(trim(${t.degree})) > 0`),
    check('education_has_content', sql`${t.institution} IS NOT NULL OR ${t.degree} IS NOT NULL`),
    check(
      'education_dates_ordered',
      sql`${t.startDate} IS NULL OR ${t.endDate} IS NULL OR ${t.endDate} >= ${t.startDate}`,
    ),
    index('idx_education_user').on(t.userId),
  ],
);

/** One row per user: what they are looking for. */
export const preferences = pgTable(
  'preferences',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    locations: text('locations')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    remoteTypes: remoteType('remote_types')
      .array()
      .notNull()
      .default(sql`'{}'`),
    jobTypes: jobType('job_types')
      .array()
      .notNull()
      .default(sql`'{}'`),
    // Cents: an hourly rate is often $42.50. Whole numbers only had refused it.
    salaryMin: numeric('salary_min', { precision: 12, scale: 2, mode: 'number' }),
    salaryCurrency: varchar('salary_currency', { length: 3 }).notNull().default('USD'),
    salaryPeriod: salaryPeriod('salary_period').notNull().default('year'),
    careerGoals: text('career_goals'),
    /** O*NET-SOC codes the seeker confirmed as what they do or want to do; when set, they win over inference. */
    targetOccupations: varchar('target_occupations', { length: 10 })
      .array()
      .notNull()
      .default(sql`'{}'::varchar[]`),
    alertFrequency: alertFrequency('alert_frequency').notNull().default('weekly'),
    /** The preferences that filter matches instead of only ranking them (preference-must-haves.ts). */
    mustHaves: text('must_haves')
      .array()
      .$type<PreferenceMustHave[]>()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Jobs in other places rank lower instead of being filtered out, even when places are a must-have. */
    willingToRelocate: boolean('willing_to_relocate').notNull().default(false),
    ...timestamps,
  },
  (t) => [
    check('preferences_salary_nonnegative', sql`${t.salaryMin} IS NULL OR ${t.salaryMin} >= 0`),
    check('preferences_currency_format', sql`${t.salaryCurrency} ~ '^[A-Z]{3}$'`),
    check(
      'preferences_must_haves_known',
      sql`${t.mustHaves} <@ ARRAY[${sql.raw(PREFERENCE_MUST_HAVES.map((m) => `'${m}'`).join(', '))}]::text[]`,
    ),
  ],
);
