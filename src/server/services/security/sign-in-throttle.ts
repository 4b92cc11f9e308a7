/**
 * The stored side of the sign-in throttle (rules in sign-in-throttle-policy.ts): reading whether
 * an (account, address) may try now, counting a failure, and lifting the throttle.
 */
import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/server/db';
import { signInThrottles } from '@/server/db/schema';
import { ALL_ADDRESSES, blockedUntil, SIGN_IN_THROTTLE } from './sign-in-throttle-policy';

/** Seconds until this (account, address) may try again, or 0 when it may try now. */
export async function signInWaitSeconds(db: DbOrTx, account: string, address: string, now: Date): Promise<number> {
  const rows = await db
    .select({
      address: signInThrottles.address,
      failures: signInThrottles.failures,
      lastFailedAt: signInThrottles.lastFailedAt,
    })
    .from(signInThrottles)
    .where(and(eq(signInThrottles.account, account), inArray(signInThrottles.address, [address, ALL_ADDRESSES])));
  const until = Math.max(0, ...rows.map((r) => blockedUntil(r, now)?.getTime() ?? 0));
  return until > now.getTime() ? Math.ceil((until - now.getTime()) / 1000) : 0;
}

/**
 * Counts one failure for the pair and for the account, atomically in the database (concurrent
 * attempts cannot lose counts); a count past its window starts again at 1.
 */
export async function recordSignInFailure(
  db: DbOrTx,
  account: string,
  address: string,
  now: Date,
): Promise<{ pairFailures: number; accountFailures: number }> {
  const bump = async (rowAddress: string, windowSeconds: number) => {
    // Raw SQL parameters: ISO text with a cast (postgres.js does not serialize a bare Date there).
    const cutoff = new Date(now.getTime() - windowSeconds * 1000).toISOString();
    const [row] = await db
      .insert(signInThrottles)
      .values({ account, address: rowAddress, failures: 1, lastFailedAt: now })
      .onConflictDoUpdate({
        target: [signInThrottles.account, signInThrottles.address],
        set: {
          failures: sql`CASE WHEN ${signInThrottles.lastFailedAt} < ${cutoff}::timestamptz THEN 1 ELSE ${signInThrottles.failures} + 1 END`,
          lastFailedAt: sql`GREATEST(${signInThrottles.lastFailedAt}, ${now.toISOString()}::timestamptz)`,
        },
      })
      .returning({ failures: signInThrottles.failures });
    return row?.failures ?? 1;
  };
  const pairFailures = await bump(address, SIGN_IN_THROTTLE.FORGET_AFTER_SECONDS);
  const accountFailures = await bump(ALL_ADDRESSES, SIGN_IN_THROTTLE.ACCOUNT_WINDOW_SECONDS);
  // Keep the table to live throttles; rare enough to cost nothing, frequent enough to bound it.
  if (Math.random() < 0.02) await forgetStaleThrottles(db, now);
  return { pairFailures, accountFailures };
}

/** A correct password from this address: its failures are forgiven (the account-wide count is not). */
export async function clearPairThrottle(db: DbOrTx, account: string, address: string): Promise<void> {
  await db
    .delete(signInThrottles)
    .where(and(eq(signInThrottles.account, account), eq(signInThrottles.address, address)));
}

/** The owner's unlock link: every throttle on the account is lifted. */
export async function clearAccountThrottles(db: DbOrTx, account: string): Promise<void> {
  await db.delete(signInThrottles).where(eq(signInThrottles.account, account));
}

export async function forgetStaleThrottles(db: DbOrTx, now: Date): Promise<void> {
  const cutoff = new Date(now.getTime() - SIGN_IN_THROTTLE.FORGET_AFTER_SECONDS * 1000);
  await db.delete(signInThrottles).where(lt(signInThrottles.lastFailedAt, cutoff));
}
