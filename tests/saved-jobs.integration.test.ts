import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationEvents, applications } from '@/server/db/schema';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { callerFor } from './helpers/callers';
import { availableModes, createTestDatabase, type TestDatabase } from './helpers/databases';
import { signUpUser } from './helpers/factories';
import { insertJob } from './helpers/jobs';

const modes = await availableModes();

describe.each(modes)('saved jobs on %s', (mode) => {
  let tdb: TestDatabase;
  beforeAll(async () => {
    tdb = await createTestDatabase(mode);
  });
  afterAll(async () => {
    await drainWorkflows();
    await tdb.destroy();
  });

  it('saves a job once, with a history event, and lists it', async () => {
    const u = await signUpUser(tdb.db);
    const job = await insertJob(tdb.db, { title: 'Saved Role' });
    const api = callerFor(tdb.db, u).applications;
    const first = await api.save({ jobId: job.id });
    const second = await api.save({ jobId: job.id });
    expect(second).toEqual(first);
    expect(first.status).toBe('saved');
    const events = await tdb.db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, first.applicationId));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ fromStatus: null, toStatus: 'saved', actorId: u.id });
    const saved = await api.saved();
    expect(saved.map((s) => s.job.title)).toEqual(['Saved Role']);
    expect(await api.statusForJobs({ jobIds: [job.id] })).toEqual([{ jobId: job.id, applicationId: first.applicationId, status: 'saved' }]);
  });

  it('unsaves a bookmark, but not an application already sent', async () => {
    const u = await signUpUser(tdb.db);
    const api = callerFor(tdb.db, u).applications;
    const a = await insertJob(tdb.db);
    await api.save({ jobId: a.id });
    await api.unsave({ jobId: a.id });
    expect(await api.saved()).toEqual([]);
    await expect(api.unsave({ jobId: a.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const b = await insertJob(tdb.db);
    const tracked = await api.save({ jobId: b.id });
    await tdb.db.update(applications).set({ status: 'applied', appliedAt: new Date() }).where(eq(applications.id, tracked.applicationId));
    await expect(api.unsave({ jobId: b.id })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await api.statusForJobs({ jobIds: [b.id] }))[0]?.status).toBe('applied');
  });

  it('refuses unknown and closed jobs, and keeps bookmarks private', async () => {
    const u = await signUpUser(tdb.db);
    const other = await signUpUser(tdb.db);
    const api = callerFor(tdb.db, u).applications;
    await expect(api.save({ jobId: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const closed = await insertJob(tdb.db, { status: 'closed' });
    await expect(api.save({ jobId: closed.id })).rejects.toMatchObject({ code: 'CONFLICT' });
    const open = await insertJob(tdb.db);
    await api.save({ jobId: open.id });
    expect(await callerFor(tdb.db, other).applications.saved()).toEqual([]);
    expect(await callerFor(tdb.db, other).applications.statusForJobs({ jobIds: [open.id] })).toEqual([]);
    await expect(callerFor(tdb.db, other).applications.unsave({ jobId: open.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(callerFor(tdb.db).applications.saved()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });
});
