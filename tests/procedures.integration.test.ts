import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import {
  adminProcedure,
  createCallerFactory,
  createTRPCContext,
  createTRPCRouter,
  protectedProcedure,
  recruiterProcedure,
} from '@/server/api/trpc';
import { users } from '@/server/db/schema';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { createTestDatabase, type TestDatabase } from './helpers/databases';
import { signUpUser } from './helpers/factories';

const probe = createTRPCRouter({
  whoami: protectedProcedure.query(({ ctx }) => ctx.actor),
  recruiterOnly: recruiterProcedure.query(({ ctx }) => ctx.actor.role),
  adminOnly: adminProcedure.query(({ ctx }) => ctx.actor.role),
});
const makeCaller = createCallerFactory(probe);

describe('procedure guards', () => {
  let tdb: TestDatabase;
  beforeAll(async () => {
    tdb = await createTestDatabase('pglite');
  });
  afterAll(async () => {
    await drainWorkflows();
    await tdb.destroy();
  });

  const as = (user: { id: string; role: 'seeker' | 'recruiter' | 'admin' } | null) =>
    makeCaller(createTRPCContext({ db: tdb.db, session: user ? { user } : null }));

  it('refuses visitors everywhere but public procedures', async () => {
    await expect(as(null).whoami()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(as(null).recruiterOnly()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('lets recruiters (and admins) into recruiter procedures, not seekers', async () => {
    const seeker = await signUpUser(tdb.db);
    const recruiter = await signUpUser(tdb.db, { role: 'recruiter' });
    await expect(as(seeker).recruiterOnly()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(as(recruiter).recruiterOnly()).resolves.toBe('recruiter');
    await expect(as(recruiter).adminOnly()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('trusts the current role in the database over a stale session claim', async () => {
    const u = await signUpUser(tdb.db);
    // The session still says recruiter, but the account is a seeker.
    await expect(as({ id: u.id, role: 'recruiter' }).recruiterOnly()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await tdb.db.update(users).set({ role: 'admin' }).where(eq(users.id, u.id));
    await expect(as({ id: u.id, role: 'seeker' }).adminOnly()).resolves.toBe('admin');
  });
});
