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
import { alertFrequency, jobType, remoteType, salaryPeriod, skillCategory } from './enums';
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

export const experience = pgTable(
  'experience',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    title: varchar('title', { length: 200 }).notNull(),
    company: varchar('company', { length: 200 }).notNull(),
    location: varchar('location', { length: 200 }),
    startDate: date('start_date').notNull(),
    endDate: date('end_date'),
    isCurrent: boolean('is_current').notNull().default(false),
    description: text('description'),
    achievements: text('achievements')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    ...timestamps,
  },
  (t) => [
    check('experience_title_not_empty', sql`length(trim(${t.title})) > 0`),
    check('experience_company_not_empty', sql`length(trim(${t.company})) > 0`),
    check('experience_dates_ordered', sql`${t.endDate} IS NULL OR ${t.endDate} >= ${t.startDate}`),
    check('experience_current_has_no_end', sql`NOT (${t.isCurrent} AND ${t.endDate} IS NOT NULL)`),
    index('idx_experience_user_start').on(t.userId, t.startDate.desc()),
  ],
);

export const education = pgTable(
  'education',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    institution: varchar('institution', { length: 200 }).notNull(),
    degree: varchar('degree', { length: 200 }).notNull(),
    fieldOfStudy: varchar('field_of_study', { length: 200 }),
    startDate: date('start_date'),
    endDate: date('end_date'),
    grade: varchar('grade', { length: 50 }),
    ...timestamps,
  },
  (t) => [
    check('education_institution_not_empty', sql`length(trim(${t.institution})) > 0`),
    check('education_degree_not_empty', sql`length(trim(${t.degree})) > 0`),
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
    salaryMin: integer('salary_min'),
    salaryCurrency: varchar('salary_currency', { length: 3 }).notNull().default('USD'),
    salaryPeriod: salaryPeriod('salary_period').notNull().default('year'),
    careerGoals: text('career_goals'),
    alertFrequency: alertFrequency('alert_frequency').notNull().default('weekly'),
    ...timestamps,
  },
  (t) => [
    check('preferences_salary_nonnegative', sql`${t.salaryMin} IS NULL OR ${t.salaryMin} >= 0`),
    check('preferences_currency_format', sql`${t.salaryCurrency} ~ '^[A-Z]{3}$'`),
  ],
);
