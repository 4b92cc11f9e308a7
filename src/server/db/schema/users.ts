import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { userRole } from './enums';

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: varchar('email', { length: 255 }).notNull().unique('users_email_unique'),
    passwordHash: varchar('password_hash', { length: 255 }).notNull(),
    firstName: varchar('first_name', { length: 100 }).notNull(),
    lastName: varchar('last_name', { length: 100 }).notNull(),
    professionalHeadline: varchar('professional_headline', { length: 255 }),
    /** The seeker's own summary / objective, as on their resume. */
    summary: text('summary'),
    /** Contact details a resume and a cover letter carry in their header (profile/update-contact.ts). */
    phone: varchar('phone', { length: 40 }),
    location: varchar('location', { length: 200 }),
    /** Profile and portfolio addresses (LinkedIn, GitHub, a site), http(s), at most 5. */
    links: jsonb('links').$type<string[]>().notNull().default([]),
    role: userRole('role').notNull().default('seeker'),
    emailVerified: boolean('email_verified').notNull().default(false),
    /** When the owner opened the emailed verification link (services/account/email-verification.ts). */
    emailVerifiedAt: timestamp('email_verified_at', { withTimezone: true }),
    mfaEnabled: boolean('mfa_enabled').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
    lastLogin: timestamp('last_login', { withTimezone: true }),
    /**
     * Session JWTs carry the version they were issued under; sign-out, a password change and
     * "sign out everywhere" bump it, so every token issued before stops working (auth/session-token.ts).
     */
    sessionVersion: integer('session_version').notNull().default(0),
    /** 0-100, derived from the profile by services/profile/skill-score.ts; recomputed on every profile change. */
    skillScore: numeric('skill_score', { precision: 5, scale: 2, mode: 'number' }).notNull().default(0),
    skillScoreCalculatedAt: timestamp('skill_score_calculated_at', { withTimezone: true }),
  },
  (t) => [
    check('users_email_format', sql`${t.email} ~* '^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$'`),
    check('users_email_lowercase', sql`${t.email} = lower(${t.email})`),
    check('users_name_not_empty', sql`length(trim(${t.firstName})) > 0 AND length(trim(${t.lastName})) > 0`),
    check('users_summary_length', sql`${t.summary} IS NULL OR length(${t.summary}) <= 5000`),
    check('users_links_array', sql`jsonb_typeof(${t.links}) = 'array' AND jsonb_array_length(${t.links}) <= 5`),
    check('users_skill_score_range', sql`${t.skillScore} BETWEEN 0 AND 100`),
    // One fact in two columns (the flag for indexes and alerts, the date for the account page): never apart.
    check('users_email_verified_at', sql`${t.emailVerified} = (${t.emailVerifiedAt} IS NOT NULL)`),
    index('idx_users_email_verified')
      .on(t.email)
      .where(sql`${t.emailVerified} = true`),
    index('idx_users_last_login')
      .on(t.lastLogin.desc())
      .where(sql`${t.lastLogin} IS NOT NULL`),
    index('idx_users_created_at').on(t.createdAt.desc()),
  ],
);
