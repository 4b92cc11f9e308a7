import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor } from './helpers/callers';
import { availableModes, createTestDatabase, type TestDatabase } from './helpers/databases';
import { companyMembers } from '@/server/db/schema';
import { signUpUser } from './helpers/factories';
import { insertCompany, insertJob } from './helpers/jobs';

const modes = await availableModes();

describe.each(modes)('jobs router on %s', (mode) => {
  let tdb: TestDatabase;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    tdb = await createTestDatabase(mode);
    const acme = await insertCompany(tdb.db, 'Acme Robotics');
    // Posted 0.5, 3, 10, 40 days ago, plus a closed job that must never be listed.
    ids.newest = (await insertJob(tdb.db, { title: 'Robotics Engineer', companyId: acme.id, companyName: acme.name, daysAgo: 0.5, salaryMin: 120000, salaryMax: 150000, salaryCurrency: 'USD', salaryPeriod: 'year', salaryAnnualUsd: 135000, requiredSkills: ['Python', 'ROS'], requiredYears: 3 })).id;
    ids.second = (await insertJob(tdb.db, { title: 'Data Analyst', daysAgo: 3 })).id;
    ids.third = (await insertJob(tdb.db, { title: 'Payroll Clerk', daysAgo: 10 })).id;
    ids.oldest = (await insertJob(tdb.db, { title: 'Welder', daysAgo: 40 })).id;
    ids.closed = (await insertJob(tdb.db, { title: 'Closed Role', daysAgo: 0.1, status: 'closed' })).id;
  });
  afterAll(() => tdb.destroy());

  it('lists open jobs newest first with totals and freshness labels', async () => {
    const page = await callerFor(tdb.db).jobs.list({ page: 1, limit: 3 });
    expect(page.total).toBe(4);
    expect(page.totalPages).toBe(2);
    expect(page.items.map((j) => j.id)).toEqual([ids.newest, ids.second, ids.third]);
    expect(page.items.map((j) => j.freshness)).toEqual(['new', 'new', 'recent']);
    const next = await callerFor(tdb.db).jobs.list({ page: 2, limit: 3 });
    expect(next.items.map((j) => j.id)).toEqual([ids.oldest]);
    expect(next.items[0]?.freshness).toBe('older');
    const beyond = await callerFor(tdb.db).jobs.list({ page: 5, limit: 3 });
    expect(beyond.items).toEqual([]);
    expect(beyond.total).toBe(4);
  });

  it('returns only public fields in a summary', async () => {
    const page = await callerFor(tdb.db).jobs.list({});
    const first = page.items[0]!;
    expect(Object.keys(first).sort()).toEqual(
      ['companyName', 'freshness', 'id', 'jobType', 'location', 'postedAt', 'remoteType', 'requiredSkills', 'salary', 'title'].sort(),
    );
    expect(first.salary).toEqual({ min: 120000, max: 150000, currency: 'USD', period: 'year', annualUsd: 135000 });
  });

  it('rejects out-of-range pagination with a typed error', async () => {
    await expect(callerFor(tdb.db).jobs.list({ page: 0 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(callerFor(tdb.db).jobs.list({ limit: 1000 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('byId returns the job with its company, and closed jobs stay readable', async () => {
    const job = await callerFor(tdb.db).jobs.byId({ id: ids.newest! });
    expect(job).toMatchObject({
      title: 'Robotics Engineer',
      requiredYears: 3,
      requiredSkills: ['Python', 'ROS'],
      status: 'open',
      company: { name: 'Acme Robotics', industry: 'Software', size: '51-200' },
    });
    expect(job).not.toHaveProperty('searchVector');
    const closed = await callerFor(tdb.db).jobs.byId({ id: ids.closed! });
    expect(closed.status).toBe('closed');
    expect(closed.company).toBeNull();
  });

  it("byId says whether the company's recruiters are here to see an application (active members only)", async () => {
    const job = ids.newest!;
    const { id: companyId } = (await callerFor(tdb.db).jobs.byId({ id: job })).company!;
    expect((await callerFor(tdb.db).jobs.byId({ id: job })).company?.recruitsHere).toBe(false);
    const pending = await signUpUser(tdb.db, { email: 'pending-recruiter@example.com', role: 'recruiter' });
    await tdb.db.insert(companyMembers).values({ companyId, userId: pending.id, status: 'pending' });
    expect((await callerFor(tdb.db).jobs.byId({ id: job })).company?.recruitsHere).toBe(false);
    const active = await signUpUser(tdb.db, { email: 'active-recruiter@example.com', role: 'recruiter' });
    await tdb.db.insert(companyMembers).values({ companyId, userId: active.id, status: 'active' });
    expect((await callerFor(tdb.db).jobs.byId({ id: job })).company?.recruitsHere).toBe(true);
  });

  it('byId answers NOT_FOUND for an unknown id and BAD_REQUEST for a malformed one', async () => {
    const err = await callerFor(tdb.db)
      .jobs.byId({ id: '00000000-0000-4000-8000-000000000000' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TRPCError);
    expect((err as TRPCError).code).toBe('NOT_FOUND');
    await expect(callerFor(tdb.db).jobs.byId({ id: 'abc' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
