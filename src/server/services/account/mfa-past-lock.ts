/**
 * The owner's other way out of a sign-in throttle (besides the emailed unlock link): with two-step
 * sign-in on, a right code plus the right password signs in despite the hold and lifts it. The
 * code is checked first and only a right one lets the password be checked, so a held-back guesser
 * gets no password oracle; codes are single-use and the per-address window still counts each try.
 */
import { and, eq, isNotNull } from 'drizzle-orm';
import { mfaCodeSchema } from '@/lib/validators/account';
import type { DbOrTx } from '@/server/db';
import { userMfa, users } from '@/server/db/schema';
import { clearAccountThrottles } from '../security/sign-in-throttle';
import { verifyCredentials, type VerifiedUser } from '../users/verify-credentials';
import { consumeMfaCode } from './mfa-code';

export async function signInPastLock(
  db: DbOrTx,
  credentials: { email: string; password: string; code?: unknown },
  now: Date,
): Promise<VerifiedUser | null> {
  const code = mfaCodeSchema.safeParse(credentials.code);
  if (!code.success) return null;
  const [owner] = await db
    .select({ id: users.id })
    .from(users)
    .innerJoin(userMfa, and(eq(userMfa.userId, users.id), isNotNull(userMfa.enabledAt)))
    .where(eq(users.email, credentials.email))
    .limit(1);
  if (!owner || !(await consumeMfaCode(db, owner.id, code.data, now))) return null;
  const user = await verifyCredentials(db, credentials);
  if (!user) return null;
  await clearAccountThrottles(db, credentials.email);
  return user;
}
