import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, pgTable, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { users } from './users';

/**
 * Emailed one-use links: email verification (24 h), password reset (1 h) and email change (1 h,
 * mailed to the new address it carries). Only the SHA-256 of the token is stored, so a database
 * leak hands out no working link; redeeming deletes the row.
 */
export const accountTokens = pgTable(
  'account_tokens',
  {
    tokenHash: varchar('token_hash', { length: 64 }).primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: varchar('purpose', { length: 20 }).notNull().$type<'verify_email' | 'reset_password' | 'change_email'>(),
    /** An email change's new address: proved by opening the link mailed to it. */
    newEmail: varchar('new_email', { length: 255 }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('account_tokens_purpose_known', sql`${t.purpose} IN ('verify_email', 'reset_password', 'change_email')`),
    check('account_tokens_change_has_address', sql`(${t.purpose} = 'change_email') = (${t.newEmail} IS NOT NULL)`),
    index('idx_account_tokens_user_purpose').on(t.userId, t.purpose, t.createdAt.desc()),
  ],
);

/**
 * A user's TOTP secret (RFC 6238). `enabledAt` stays null until a first code confirms the
 * enrolment; `lastUsedStep` is the time step of the last accepted code, so a code cannot be used
 * twice (RFC 6238 section 5.2).
 */
export const userMfa = pgTable('user_mfa', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  /** The base32 key, sealed with AES-256-GCM (services/account/mfa-secret.ts); plain in rows from before. */
  secret: varchar('secret', { length: 200 }).notNull(),
  enabledAt: timestamp('enabled_at', { withTimezone: true }),
  lastUsedStep: bigint('last_used_step', { mode: 'number' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One-time recovery codes, SHA-256 only; a used code is deleted. */
export const mfaRecoveryCodes = pgTable(
  'mfa_recovery_codes',
  {
    codeHash: varchar('code_hash', { length: 64 }).primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('idx_mfa_recovery_codes_user').on(t.userId)],
);

/**
 * Signed-in sessions, one per sign-in; the session JWT carries the id (`sid`) and the per-request
 * check refuses a token whose row is gone, which is how one session is ended. users.session_version
 * still ends them all at once.
 */
export const userSessions = pgTable(
  'user_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    userAgent: varchar('user_agent', { length: 500 }),
    clientAddress: varchar('client_address', { length: 64 }),
    /** users.session_version at sign-in: once it moves on ("sign out everywhere"), the row is dead. */
    sessionVersion: integer('session_version').notNull(),
  },
  (t) => [index('idx_user_sessions_user').on(t.userId, t.lastSeenAt.desc())],
);

/** What the audit log records (services/account/security-events.ts). */
export const SECURITY_EVENT_TYPES = [
  'sign_in',
  'sign_in_failed',
  'mfa_enabled',
  'mfa_disabled',
  'recovery_code_used',
  'password_changed',
  'password_reset',
  'email_verified',
  'email_changed',
  'data_exported',
  'session_ended',
  'sessions_ended',
] as const;
export type SecurityEventType = (typeof SECURITY_EVENT_TYPES)[number];

/**
 * The account's audit log of security events, shown to its owner on the account page. Keyed to
 * the user and deleted with the account (the deletion itself goes to the server log only).
 */
export const securityEvents = pgTable(
  'security_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: varchar('type', { length: 32 }).notNull().$type<SecurityEventType>(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    /** The client address, where the request that caused it is known. */
    clientAddress: varchar('client_address', { length: 64 }),
  },
  (t) => [
    check(
      'security_events_type_known',
      sql.raw(`"type" IN (${SECURITY_EVENT_TYPES.map((type) => `'${type}'`).join(', ')})`),
    ),
    index('idx_security_events_user').on(t.userId, t.occurredAt.desc(), t.id.desc()),
  ],
);
