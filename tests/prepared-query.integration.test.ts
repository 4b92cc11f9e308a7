/**
 * Statements built once per database (server/db/prepared-query.ts): the builder runs once for a
 * database however often the statement runs, each call binds its own values, and a transaction
 * gets a statement of its own, so a read inside it sees its uncommitted writes and a rollback
 * leaves nothing behind. The job detail, one of the statements built so, answers as before for
 * anyone, the owner of a private job and a stranger.
 */
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { DbOrTx } from '@/server/db';
import { preparedPerDatabase } from '@/server/db/prepared-query';
import { jobs, users } from '@/server/db/schema';
import { getJob } from '@/server/services/jobs/get-job';
import { availableModes } from './helpers/databases';
import { signUpUser } from './helpers/factories';
import { insertJob } from './helpers/jobs';
import { useTestDatabase } from './helpers/test-database-hooks';

const modes = await availableModes();

describe.each(modes)('statements built once per database on %s', (mode) => {
  const tdb = useTestDatabase(mode);

  function countingEmailQuery() {
    let builds = 0;
    const query = preparedPerDatabase((db: DbOrTx) => {
      builds++;
      return db
        .select({ email: users.email })
        .from(users)
        .where(eq(users.id, sql.placeholder('id')))
        .prepare('test_email_by_id');
    });
    return { query, builds: () => builds };
  }

  it('builds once for a database and binds each call its own values', async () => {
    const db = tdb().db;
    const a = await signUpUser(db);
    const b = await signUpUser(db);
    const { query, builds } = countingEmailQuery();
    expect(await query(db).execute({ id: a.id })).toEqual([{ email: a.email }]);
    expect(await query(db).execute({ id: b.id })).toEqual([{ email: b.email }]);
    expect(await query(db).execute({ id: '00000000-0000-4000-8000-000000000000' })).toEqual([]);
    expect(builds()).toBe(1);
  });

  it('runs inside the transaction it is given: its writes are seen, and rolled back with it', async () => {
    const db = tdb().db;
    const user = await signUpUser(db);
    const { query, builds } = countingEmailQuery();
    await query(db).execute({ id: user.id });
    const renamed = `renamed-${user.email}`;
    let inside: unknown;
    const rolledBack = await db
      .transaction(async (tx) => {
        await tx.update(users).set({ email: renamed }).where(eq(users.id, user.id));
        inside = await query(tx).execute({ id: user.id });
        tx.rollback();
      })
      .then(
        () => false,
        () => true,
      );
    expect(rolledBack).toBe(true);
    expect(inside).toEqual([{ email: renamed }]);
    expect(builds()).toBe(2);
    expect(await query(db).execute({ id: user.id })).toEqual([{ email: user.email }]);
  });

  it('job detail: anyone reads a listed job; a private one only its owner, however often asked', async () => {
    const db = tdb().db;
    const owner = await signUpUser(db);
    const stranger = await signUpUser(db);
    const listed = await insertJob(db, { title: 'Listed Analyst' });
    const hand = await insertJob(db, { title: 'Hand-added Analyst' });
    await db.update(jobs).set({ status: 'private', ownerId: owner.id }).where(eq(jobs.id, hand.id));
    for (let round = 0; round < 2; round++) {
      expect((await getJob(db, { id: listed.id }, null)).title).toBe('Listed Analyst');
      expect((await getJob(db, { id: listed.id }, stranger.id)).title).toBe('Listed Analyst');
      expect((await getJob(db, { id: hand.id }, owner.id)).title).toBe('Hand-added Analyst');
      await expect(getJob(db, { id: hand.id }, stranger.id)).rejects.toThrow(/does not exist/);
      await expect(getJob(db, { id: hand.id }, null)).rejects.toThrow(/does not exist/);
    }
  });
});
