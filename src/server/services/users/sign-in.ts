/**
 * Password sign-in behind its limits (rules: security/sign-in-throttle-policy.ts):
 * 1. per address across accounts, a fixed window in the rate-limit store (every attempt counts);
 * 2. per (account, address) exponential delay and per-account lock, in the database;
 * 3. the password check; a failure is counted, and at the thresholds the owner is mailed an
 *    unlock link. A refused attempt never reaches the password check.
 * next-auth's credentials provider calls this; it is separate so the rules are tested directly.
 */
import type { Mailer } from '@/server/adapters/mail';
import type { RateLimiter } from '@/server/adapters/rate-limit';
import { mfaCodeSchema } from '@/lib/validators/account';
import { signInInput } from '@/lib/validators/users';
import type { DbOrTx } from '@/server/db';
import { logger } from '@/server/logger';
import { UNKNOWN_ADDRESS } from '../security/client-address';
import { RATE_LIMITS } from '../security/rate-limits';
import { clearPairThrottle, recordSignInFailure, signInWaitSeconds } from '../security/sign-in-throttle';
import { SIGN_IN_THROTTLE } from '../security/sign-in-throttle-policy';
import { consumeMfaCode, mfaRequired } from '../account/mfa-code';
import { signInPastLock } from '../account/mfa-past-lock';
import { recordFailedSignIn, recordSecurityEvent } from '../account/security-events';
import { sendUnlockLink } from './unlock-sign-in';
import { verifyCredentials, type VerifiedUser } from './verify-credentials';

export type SignInOutcome =
  | { ok: true; user: VerifiedUser }
  | { ok: false; reason: 'invalid' }
  /** Right password, two-step sign-in on, no code given: the form asks for one (not a failure). */
  | { ok: false; reason: 'mfa_required' }
  /** Right password, wrong or reused code: counted as a failure, like a wrong password. */
  | { ok: false; reason: 'mfa_invalid' }
  | { ok: false; reason: 'rate_limited'; retryAfterSeconds: number };

export interface SignInOptions {
  /** Where the owner's unlock link goes; without one, no link is sent (scripts, some tests). */
  mailer?: Mailer;
  /** Base of the unlock link in the mail. */
  appUrl?: string;
  now?: () => Date;
}

export async function signInWithLimits(
  db: DbOrTx,
  limiter: RateLimiter,
  credentials: unknown,
  clientAddress: string | null,
  opts: SignInOptions = {},
): Promise<SignInOutcome> {
  const address = clientAddress ?? UNKNOWN_ADDRESS;
  const now = opts.now?.() ?? new Date();
  const perAddress = await limiter.consume(RATE_LIMITS.signInPerIp, address);
  if (!perAddress.allowed)
    return { ok: false, reason: 'rate_limited', retryAfterSeconds: perAddress.retryAfterSeconds };

  const parsed = signInInput.safeParse(credentials);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { email } = parsed.data;
  const wait = await signInWaitSeconds(db, email, address, now);
  if (wait > 0) {
    // Two-step sign-in lets the owner through a hold, and lifts it (account/mfa-past-lock.ts).
    const owner = await signInPastLock(db, { ...parsed.data, code: (credentials as { code?: unknown }).code }, now);
    if (!owner) return { ok: false, reason: 'rate_limited', retryAfterSeconds: wait };
    await recordSecurityEvent(db, owner.id, 'sign_in', clientAddress);
    return { ok: true, user: owner };
  }

  const user = await verifyCredentials(db, parsed.data);
  const mfa = user ? await secondFactor(db, user.id, credentials, now) : null;
  if (user && mfa === 'ok') {
    await clearPairThrottle(db, email, address);
    await recordSecurityEvent(db, user.id, 'sign_in', clientAddress);
    return { ok: true, user };
  }
  if (mfa === 'missing') return { ok: false, reason: 'mfa_required' };
  const { pairFailures, accountFailures } = await recordSignInFailure(db, email, address, now);
  await recordFailedSignIn(db, email, clientAddress);
  const notify =
    pairFailures === SIGN_IN_THROTTLE.NOTIFY_AT || accountFailures === SIGN_IN_THROTTLE.ACCOUNT_LOCK_FAILURES;
  if (notify && opts.mailer) {
    // The mail is a courtesy to the owner: its failure must not turn a wrong password into a 500.
    await sendUnlockLink(db, opts.mailer, { email, appUrl: opts.appUrl ?? '', now }).catch((err: unknown) =>
      logger.error({ err }, 'unlock link not sent'),
    );
  }
  return { ok: false, reason: mfa === 'wrong' ? 'mfa_invalid' : 'invalid' };
}

/** The second factor of a user whose password was right: not needed, missing, right or wrong. */
async function secondFactor(db: DbOrTx, userId: string, credentials: unknown, now: Date) {
  if (!(await mfaRequired(db, userId))) return 'ok' as const;
  const raw = (credentials as { code?: unknown } | null)?.code;
  if (typeof raw !== 'string' || raw.trim() === '') return 'missing' as const;
  const code = mfaCodeSchema.safeParse(raw);
  return code.success && (await consumeMfaCode(db, userId, code.data, now)) ? ('ok' as const) : ('wrong' as const);
}

/** The error string authorize throws when throttled; the route wrapper answers 429 instead. */
export const RATE_LIMITED_SIGN_IN = 'RATE_LIMITED';
/** Thrown by authorize; next-auth answers 401 with it as the `error` of its URL, and the form asks for a code. */
export const MFA_REQUIRED_SIGN_IN = 'MFA_REQUIRED';
export const MFA_INVALID_SIGN_IN = 'MFA_INVALID';
