import { InngestTestEngine } from '@inngest/test';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifications } from '@/server/db/schema';
import { logger } from '@/server/logger';
import { runWorkflowInProcess } from '@/server/workflows/run-in-process';
import { welcomeNotification } from '~/inngest/functions/welcome-notification';
import { defineWorkflow, toInngestFunction } from '~/inngest/workflow';
import { createTestDatabase, type TestDatabase } from './helpers/databases';
import { signUpUser } from './helpers/factories';
import { drainWorkflows } from '@/server/workflows/dispatch';

describe('welcome-notification workflow', () => {
  let tdb: TestDatabase;
  beforeAll(async () => {
    tdb = await createTestDatabase('pglite');
  });
  afterAll(() => tdb.destroy());

  async function freshUser() {
    const u = await signUpUser(tdb.db, { firstName: 'Lin' });
    await drainWorkflows();
    // Start from no notification so each path proves it creates one.
    await tdb.db.delete(notifications).where(eq(notifications.userId, u.id));
    return u;
  }

  it('runs under the Inngest test engine and creates exactly one notification', async () => {
    const u = await freshUser();
    const fn = toInngestFunction(welcomeNotification, () => Promise.resolve({ db: tdb.db, logger }));
    const engine = new InngestTestEngine({ function: fn });
    const { result } = await engine.execute({
      events: [{ name: 'user/signed-up', data: { userId: u.id, firstName: 'Lin' } }],
    });
    expect(result).toMatchObject({ created: true });
    const rows = await tdb.db.select().from(notifications).where(eq(notifications.userId, u.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.title).toBe('Welcome to GiveMeJobs, Lin!');

    // A replay (Inngest retried after a crash) does not notify twice.
    const again = await new InngestTestEngine({ function: fn }).execute({
      events: [{ name: 'user/signed-up', data: { userId: u.id, firstName: 'Lin' } }],
    });
    expect(again.result).toMatchObject({ created: false });
    expect(await tdb.db.select().from(notifications).where(eq(notifications.userId, u.id))).toHaveLength(1);
  });

  it('runs in-process with the same result', async () => {
    const u = await freshUser();
    const out = await runWorkflowInProcess(welcomeNotification, { userId: u.id, firstName: 'Lin' }, { db: tdb.db, logger });
    expect(out.created).toBe(true);
    expect(await tdb.db.select().from(notifications).where(eq(notifications.userId, u.id))).toHaveLength(1);
  });

  it('in-process runs retry a failed attempt without repeating completed steps', async () => {
    const calls: string[] = [];
    let failuresLeft = 2;
    const flaky = defineWorkflow({
      id: 'flaky-test',
      event: 'user/signed-up',
      retries: 3,
      handler: async ({ step }) => {
        const a = await step.run('first', () => {
          calls.push('first');
          return Promise.resolve(1);
        });
        const b = await step.run('second', () => {
          calls.push('second');
          if (failuresLeft-- > 0) return Promise.reject(new Error('transient'));
          return Promise.resolve(2);
        });
        return a + b;
      },
    });
    const data = { userId: '00000000-0000-4000-8000-000000000000', firstName: 'X' };
    await expect(runWorkflowInProcess(flaky, data, { db: tdb.db, logger }, { backoffMs: 1 })).resolves.toBe(3);
    expect(calls).toEqual(['first', 'second', 'second', 'second']);
  });

  it('in-process runs give up after the configured retries', async () => {
    let attempts = 0;
    const broken = defineWorkflow({
      id: 'broken-test',
      event: 'user/signed-up',
      retries: 2,
      handler: () => {
        attempts += 1;
        return Promise.reject(new Error('permanent'));
      },
    });
    const data = { userId: '00000000-0000-4000-8000-000000000000', firstName: 'X' };
    await expect(runWorkflowInProcess(broken, data, { db: tdb.db, logger }, { backoffMs: 1 })).rejects.toThrow('permanent');
    expect(attempts).toBe(3);
  });
});
