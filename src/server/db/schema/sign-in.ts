import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { users } from './users';

/**
 * Failed sign-ins, per (account, address) and per account across addresses (address '*').
 * Kept in the database, not the rate-limit store: the owner's unlock link must lift a lock on
 * every instance, and a Redis outage must not reset an attacker's count.
 */
export const signInThrottles = pgTable(
  'sign_in_throttles',
  {
    /** The normalized email that was tried; unknown emails are throttled the same way. */
    account: varchar('account', { length: 255 }).notNull(),
    /** The client's address, 'unknown' when none could be determined, '*' for the whole account. */
    address: varchar('address', { length: 64 }).notNull(),
    failures: integer('failures').notNull(),
    /** With `failures`, decides until when the next attempt waits (security/sign-in-throttle-policy.ts). */
    lastFailedAt: timestamp('last_failed_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ name: 'sign_in_throttles_pk', columns: [t.account, t.address] }),
    check('sign_in_throttles_failures_positive', sql`${t.failures} > 0`),
    index('idx_sign_in_throttles_last_failed_at').on(t.lastFailedAt),
  ],
);

/** One-use links that lift an account's sign-in throttles; only the SHA-256 of the token is stored. */
export const signInUnlockTokens = pgTable(
  'sign_in_unlock_tokens',
  {
    tokenHash: varchar('token_hash', { length: 64 }).primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('idx_sign_in_unlock_tokens_user').on(t.userId, t.createdAt.desc())],
);
