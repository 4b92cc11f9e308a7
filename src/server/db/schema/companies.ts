import { sql } from 'drizzle-orm';
import { check, index, pgTable, primaryKey, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { COMPANY_MEMBER_STATUSES } from '@/lib/validators/enums';
import { companySize } from './enums';
import { users } from './users';

export const companies = pgTable(
  'companies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: varchar('name', { length: 200 }).notNull(),
    slug: varchar('slug', { length: 220 }).notNull().unique('companies_slug_unique'),
    website: varchar('website', { length: 500 }),
    industry: varchar('industry', { length: 120 }),
    size: companySize('size'),
    headquarters: varchar('headquarters', { length: 200 }),
    description: text('description'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    check('companies_name_not_empty', sql`length(trim(${t.name})) > 0`),
    check('companies_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    index('idx_companies_industry').on(t.industry),
  ],
);

/**
 * Recruiters belong to companies; a recruiter may act only for an active membership. A recruiter
 * who creates a company is 'pending' until an operator approves it; one who joins with a
 * colleague's invitation is active at once (the invitation vouches for them).
 */
export const companyMembers = pgTable(
  'company_members',
  {
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: varchar('status', { length: 20, enum: COMPANY_MEMBER_STATUSES }).notNull().default('active'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.userId] }),
    index('idx_company_members_user').on(t.userId),
    check('company_members_status_valid', sql`${t.status} IN ('active', 'pending')`),
    index('idx_company_members_pending')
      .on(t.createdAt)
      .where(sql`${t.status} = 'pending'`),
  ],
);

/**
 * A colleague's invitation link: single-use, expiring, and only its SHA-256 is stored, so a
 * database read does not hand out working links.
 */
export const companyInvitations = pgTable(
  'company_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    tokenHash: varchar('token_hash', { length: 64 }).notNull().unique('company_invitations_token_hash_unique'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    usedBy: uuid('used_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('idx_company_invitations_company').on(t.companyId, t.createdAt.desc())],
);
