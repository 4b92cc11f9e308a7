import { eq } from 'drizzle-orm';
import type { UserRole } from '@/lib/validators/enums';
import { signInInput } from '@/lib/validators/users';
import { getDummyHash, verifyPassword } from '@/server/auth/password';
import type { DbOrTx } from '@/server/db';
import { users } from '@/server/db/schema';

export interface VerifiedUser {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  /** Carried into the session JWT, so that bumping it ends the session (auth/session-token.ts). */
  sessionVersion: number;
}

/**
 * Returns the user for a correct email + password, or null. Unknown emails and
 * wrong passwords are indistinguishable (same message, same argon2 work).
 */
export async function verifyCredentials(db: DbOrTx, raw: unknown): Promise<VerifiedUser | null> {
  const parsed = signInInput.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      firstName: users.firstName,
      lastName: users.lastName,
      role: users.role,
      passwordHash: users.passwordHash,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(eq(users.email, email))
    .limit(1);
  if (!user) {
    await verifyPassword(await getDummyHash(), password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  await db.update(users).set({ lastLogin: new Date() }).where(eq(users.id, user.id));
  return {
    id: user.id,
    email: user.email,
    name: `${user.firstName} ${user.lastName}`,
    role: user.role,
    sessionVersion: user.sessionVersion,
  };
}
