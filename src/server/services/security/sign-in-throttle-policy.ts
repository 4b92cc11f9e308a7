/**
 * How failed sign-ins slow further attempts down (OWASP's authentication cheat sheet, GitLab's
 * unlock-by-email). Locking the *account* after a few failures lets anyone lock anyone out, so:
 *
 * - per (account, address): after FREE_FAILURES the next attempt waits 1 s, then 2, 4, 8 …
 *   doubling with every further failure up to MAX_DELAY. A guesser from one address gets a
 *   dozen tries an hour; the owner elsewhere is not affected at all.
 * - per account across addresses: ACCOUNT_LOCK_FAILURES within ACCOUNT_WINDOW (many addresses
 *   at once, i.e. a botnet) locks the account for ACCOUNT_WINDOW after the last failure.
 * - either way the owner can lift it at once with the unlock link emailed at NOTIFY_AT failures
 *   from one address, or when the account locks.
 * - per address across accounts (credential stuffing): RATE_LIMITS.signInPerIp, a fixed window.
 * Refused attempts never check the password, so they are not counted as failures.
 */
export const SIGN_IN_THROTTLE = {
  FREE_FAILURES: 3,
  MAX_DELAY_SECONDS: 60 * 60,
  /** A (account, address) count is forgotten after a day without failures. */
  FORGET_AFTER_SECONDS: 24 * 60 * 60,
  NOTIFY_AT: 10,
  ACCOUNT_LOCK_FAILURES: 50,
  ACCOUNT_WINDOW_SECONDS: 60 * 60,
} as const;

/** The `address` of the row that counts an account's failures from everywhere. */
export const ALL_ADDRESSES = '*';

/** Seconds the next attempt waits after `failures` failures from one address. */
export function delayAfter(failures: number): number {
  const { FREE_FAILURES, MAX_DELAY_SECONDS } = SIGN_IN_THROTTLE;
  if (failures < FREE_FAILURES) return 0;
  return Math.min(2 ** (failures - FREE_FAILURES), MAX_DELAY_SECONDS);
}

export interface ThrottleRow {
  address: string;
  failures: number;
  lastFailedAt: Date;
}

/** Until when a row holds attempts back, or null when it does not (now). */
export function blockedUntil(row: ThrottleRow, now: Date): Date | null {
  const { ACCOUNT_LOCK_FAILURES, ACCOUNT_WINDOW_SECONDS, FORGET_AFTER_SECONDS } = SIGN_IN_THROTTLE;
  const seconds =
    row.address === ALL_ADDRESSES
      ? row.failures >= ACCOUNT_LOCK_FAILURES
        ? ACCOUNT_WINDOW_SECONDS
        : 0
      : now.getTime() - row.lastFailedAt.getTime() > FORGET_AFTER_SECONDS * 1000
        ? 0
        : delayAfter(row.failures);
  const until = new Date(row.lastFailedAt.getTime() + seconds * 1000);
  return until > now ? until : null;
}

/** The failure count after one more failure: a row past its window starts again at 1. */
export function nextFailureCount(row: ThrottleRow | undefined, now: Date): number {
  if (!row) return 1;
  const window =
    row.address === ALL_ADDRESSES ? SIGN_IN_THROTTLE.ACCOUNT_WINDOW_SECONDS : SIGN_IN_THROTTLE.FORGET_AFTER_SECONDS;
  return now.getTime() - row.lastFailedAt.getTime() > window * 1000 ? 1 : row.failures + 1;
}
