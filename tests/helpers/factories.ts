import { createCaller } from '@/server/api/root';
import { createTRPCContext } from '@/server/api/trpc';
import { eq } from 'drizzle-orm';
import type { Database } from '@/server/db';
import { users } from '@/server/db/schema';
import type { SignUpInput } from '@/lib/validators/users';

let counter = 0;

/** Signs a user up through the real router and returns what a session would hold. */
export async function signUpUser(db: Database, overrides: Partial<SignUpInput> = {}) {
  counter += 1;
  const caller = createCaller(createTRPCContext({ db, session: null }));
  const input: SignUpInput = {
    email: `user${counter}.${Date.now()}@example.com`,
    password: 'Str0ng!Passw0rd',
    firstName: 'Test',
    lastName: `User${counter}`,
    ...overrides,
  };
  const created = await caller.users.signUp(input);
  // Sign-up answers the same for any address (no account ids): the new row is found by its email.
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, created.email)).limit(1);
  if (!row) throw new Error(`sign-up of ${created.email} made no account`);
  return { id: row.id, email: created.email, role: input.role ?? 'seeker', password: input.password } as const;
}
