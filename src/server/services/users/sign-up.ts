import { users } from '@/server/db/schema';
import type { Database } from '@/server/db';
import { AppError } from '@/server/errors';
import { hashPassword } from '@/server/auth/password';
import { dispatch } from '@/server/workflows/dispatch';
import { signUpInput, type SignUpInput } from '@/lib/validators/users';
import { eq } from 'drizzle-orm';

/** Creates an account; the welcome workflow runs after the row is committed. */
export async function signUp(db: Database, rawInput: SignUpInput): Promise<{ id: string; email: string }> {
  const input = signUpInput.parse(rawInput);
  const existing = await db.select({ id: users.id }).from(users).where(eq(users.email, input.email)).limit(1);
  if (existing.length > 0) {
    throw new AppError('CONFLICT', 'An account with this email already exists.', {
      fields: { email: ['An account with this email already exists.'] },
    });
  }
  const passwordHash = await hashPassword(input.password);
  // The unique constraint still guards a race between two sign-ups; it maps to CONFLICT.
  const [created] = await db
    .insert(users)
    .values({
      email: input.email,
      passwordHash,
      firstName: input.firstName,
      lastName: input.lastName,
      professionalHeadline: input.professionalHeadline ?? null,
      role: input.role,
    })
    .returning({ id: users.id, email: users.email, firstName: users.firstName });
  if (!created) throw new AppError('INTERNAL_ERROR', 'Account was not created.');
  await dispatch(db, 'user/signed-up', { userId: created.id, firstName: created.firstName });
  return { id: created.id, email: created.email };
}
