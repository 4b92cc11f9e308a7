/**
 * A burst of writes by one seeker recomputes their analytics and their matches once or twice,
 * not once per write (issue 11, item 12: 20 writers each queued a full analytics refresh per
 * application change, and those held the pool while the writes waited), and the recomputed
 * analytics still count every write.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drainWorkflows, inProcessRunsStarted } from '@/server/workflows/dispatch';
import { callerFor } from './helpers/callers';
import { availableModes, createTestDatabase, type TestDatabase } from './helpers/databases';
import { signUpUser } from './helpers/factories';
import { insertJob } from './helpers/jobs';

const [mode] = await availableModes();

describe.runIf(mode)('a seeker writing in a burst', () => {
  let tdb: TestDatabase;
  beforeAll(async () => {
    tdb = await createTestDatabase(mode ?? 'pglite');
  });
  afterAll(async () => {
    await drainWorkflows();
    await tdb.close();
  });

  it('refreshes the analytics once or twice for 20 application changes, and the refresh counts all of them', async () => {
    const user = await signUpUser(tdb.db);
    const api = callerFor(tdb.db, user);
    await drainWorkflows();
    const jobs = await Promise.all(Array.from({ length: 10 }, () => insertJob(tdb.db)));
    const before = inProcessRunsStarted('refresh-analytics');
    await Promise.all(jobs.map((j) => api.applications.save({ jobId: j.id })));
    await Promise.all(jobs.map((j) => api.applications.applyToJob({ jobId: j.id })));
    await drainWorkflows();
    expect(inProcessRunsStarted('refresh-analytics') - before).toBeLessThanOrEqual(2);
    const overview = await api.analytics.overview({ window: 'all' });
    expect(overview.metrics.n).toBe(10);
  });

  it('rescores the profile once or twice for 10 experience entries', async () => {
    const user = await signUpUser(tdb.db);
    const api = callerFor(tdb.db, user);
    await drainWorkflows();
    const before = inProcessRunsStarted('match-profile');
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => api.profile.addExperience({ title: `Role ${i}`, company: 'Acme' })),
    );
    await drainWorkflows();
    expect(inProcessRunsStarted('match-profile') - before).toBeLessThanOrEqual(2);
    expect((await api.profile.get()).experience).toHaveLength(10);
  });
});
