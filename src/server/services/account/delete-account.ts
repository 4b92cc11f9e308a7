/**
 * "Delete my account": after the password, the user row goes and every table keyed to it goes
 * with it (ON DELETE CASCADE: profile, applications and their events, matches, embeddings,
 * saved searches, notifications, sessions, MFA, tokens). What others own stays: a recruiter's job
 * posts remain with their company (jobs.posted_by is set to NULL, the company and its other
 * members are untouched), and events the user wrote on others' applications lose their author.
 * Sessions end with the row: the per-request check finds no user.
 */
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/server/db';
import { devMailbox, signInThrottles, users } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { logger } from '@/server/logger';
import type { Actor } from '../actor';
import { checkPassword } from './mfa-enrollment';

export async function deleteAccount(db: DbOrTx, input: { password: string }, actor: Actor): Promise<{ deleted: true }> {
  const { email } = await checkPassword(db, actor.userId, input.password);
  const gone = await db.delete(users).where(eq(users.id, actor.userId)).returning({ id: users.id });
  if (gone.length === 0) throw new AppError('NOT_FOUND', 'Your account no longer exists.');
  // Keyed by email, not by the user: not cascaded.
  await db.delete(signInThrottles).where(eq(signInThrottles.account, email));
  await db.delete(devMailbox).where(eq(devMailbox.to, email));
  // The account's audit log went with it (cascade): the deletion is kept in the server log only.
  logger.info({ userId: actor.userId }, 'account deleted');
  return { deleted: true };
}
