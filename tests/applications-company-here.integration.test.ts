/**
 * Applications to a company that recruits here: its recruiters record its answers, and hear of
 * the applicant's own moves (a new application, a withdrawal, an accepted offer) in the app.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { companyMembers, notifications } from '@/server/db/schema';
import { drainWorkflows } from '@/server/workflows/dispatch';
import {
  appliedApplication as applyAsNewSeeker,
  eventsOf as eventsOfApplication,
  rowOf as rowOfApplication,
} from './helpers/application-rows';
import { callerFor } from './helpers/callers';
import { availableModes, createTestDatabase, type TestDatabase } from './helpers/databases';
import { signUpUser } from './helpers/factories';
import { insertCompany, insertJob } from './helpers/jobs';

const modes = await availableModes();

describe.each(modes)('applications to a company that recruits here, on %s', (mode) => {
  let tdb: TestDatabase;
  beforeAll(async () => {
    tdb = await createTestDatabase(mode);
  });
  afterAll(async () => {
    await drainWorkflows();
    await tdb.destroy();
  });

  const eventsOf = (applicationId: string) => eventsOfApplication(tdb.db, applicationId);
  const rowOf = (applicationId: string) => rowOfApplication(tdb.db, applicationId);
  const appliedApplication = (opts: { appliedDaysAgo?: number; companyId?: string } = {}) =>
    applyAsNewSeeker(tdb.db, opts);

  const noticesOf = (userId: string) =>
    tdb.db
      .select({ title: notifications.title, body: notifications.body, link: notifications.link })
      .from(notifications)
      .where(and(eq(notifications.userId, userId), eq(notifications.type, 'application_update')))
      .orderBy(notifications.createdAt);

  it("leaves a company that recruits here its own answers: the applicant cannot mark them, nor 'ghosted'", async () => {
    const company = await insertCompany(tdb.db, `Answers Co ${mode} ${Date.now()}`);
    const recruiterUser = await signUpUser(tdb.db, { role: 'recruiter' });
    await tdb.db.insert(companyMembers).values({ companyId: company.id, userId: recruiterUser.id, status: 'active' });
    const { api, id } = await appliedApplication({ appliedDaysAgo: 3, companyId: company.id });
    expect((await api.byId({ id })).allowedNext).toEqual(['withdrawn']);
    for (const to of ['ghosted', 'offer_received', 'interview_scheduled', 'rejected'] as const) {
      const refused = await api.changeStatus({ applicationId: id, to }).catch((err: unknown) => err);
      expect(refused).toMatchObject({ code: 'FORBIDDEN' });
      expect((refused as Error).message).toMatch(/^The hiring company recruits on GiveMeJobs/);
    }
    expect(await rowOf(id)).toMatchObject({ status: 'applied' });
    expect((await eventsOf(id)).map((e) => e.toStatus)).toEqual(['applied']);

    // The company's answers are its recruiters'; the applicant still accepts or withdraws.
    const recruiter = callerFor(tdb.db, recruiterUser).applications;
    await recruiter.changeStatus({ applicationId: id, to: 'interview_scheduled' });
    await expect(api.changeStatus({ applicationId: id, to: 'interview_completed' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await recruiter.changeStatus({ applicationId: id, to: 'interview_completed' });
    const offer = await recruiter.changeStatus({ applicationId: id, to: 'offer_received' });
    expect(offer.allowedNext).toEqual(['rejected']);
    expect((await api.list({})).items.find((i) => i.id === id)?.allowedNext).toEqual(['accepted', 'withdrawn']);
    const accepted = await api.changeStatus({ applicationId: id, to: 'accepted' });
    expect(accepted).toMatchObject({ to: 'accepted', allowedNext: [] });

    // A company without active recruiters here: the seeker's own word, as before.
    const { api: own, id: ownId } = await appliedApplication();
    expect((await own.changeStatus({ applicationId: ownId, to: 'ghosted' })).to).toBe('ghosted');
  });

  it('does not let a pending member of the company move its applicants', async () => {
    const company = await insertCompany(tdb.db, `Pending Co ${mode} ${Date.now()}`);
    const active = await signUpUser(tdb.db, { role: 'recruiter' });
    const pending = await signUpUser(tdb.db, { role: 'recruiter' });
    await tdb.db.insert(companyMembers).values([
      { companyId: company.id, userId: active.id, status: 'active' },
      { companyId: company.id, userId: pending.id, status: 'pending' },
    ]);
    const { id } = await appliedApplication({ companyId: company.id });
    await expect(
      callerFor(tdb.db, pending).applications.changeStatus({ applicationId: id, to: 'rejected' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await rowOf(id)).toMatchObject({ status: 'applied' });
  });

  it("tells the company's active recruiters of a new applicant, a withdrawal and an accepted offer, once each", async () => {
    const company = await insertCompany(tdb.db, `Told Co ${mode} ${Date.now()}`);
    const [active, colleague, pending] = await Promise.all([
      signUpUser(tdb.db, { role: 'recruiter' }),
      signUpUser(tdb.db, { role: 'recruiter' }),
      signUpUser(tdb.db, { role: 'recruiter' }),
    ]);
    await tdb.db.insert(companyMembers).values([
      { companyId: company.id, userId: active.id, status: 'active' },
      { companyId: company.id, userId: colleague.id, status: 'active' },
      { companyId: company.id, userId: pending.id, status: 'pending' },
    ]);
    const seeker = await signUpUser(tdb.db, { firstName: 'Noor', lastName: 'Haddad' });
    const api = callerFor(tdb.db, seeker).applications;
    const job = await insertJob(tdb.db, { title: 'Field Biologist', companyId: company.id, companyName: company.name });
    // A bookmark is private: nobody hears of it, nor of dropping it.
    const other = await insertJob(tdb.db, { title: 'Lab Manager', companyId: company.id, companyName: company.name });
    const bookmark = await api.save({ jobId: other.id });
    await api.changeStatus({ applicationId: bookmark.applicationId, to: 'withdrawn' });
    expect(await noticesOf(active.id)).toEqual([]);

    const { applicationId } = await api.applyToJob({ jobId: job.id });
    const link = `/recruiter/applications/${applicationId}`;
    expect(await noticesOf(active.id)).toEqual([
      { title: 'New applicant for Field Biologist', body: 'Noor Haddad applied for Field Biologist.', link },
    ]);
    expect(await noticesOf(colleague.id)).toHaveLength(1);
    expect(await noticesOf(pending.id)).toEqual([]);

    const recruiter = callerFor(tdb.db, active).applications;
    await recruiter.changeStatus({ applicationId, to: 'interview_scheduled' });
    await recruiter.changeStatus({ applicationId, to: 'interview_completed' });
    await recruiter.changeStatus({ applicationId, to: 'offer_received' });
    // The company's own moves are not news to it.
    expect(await noticesOf(active.id)).toHaveLength(1);
    await api.changeStatus({ applicationId, to: 'accepted' });
    expect((await noticesOf(colleague.id)).map((n) => n.title)).toEqual([
      'New applicant for Field Biologist',
      'Noor Haddad accepted the offer for Field Biologist',
    ]);
    // The seeker's own notices hold only the company's moves, not their own.
    expect((await noticesOf(seeker.id)).every((n) => !n.title.includes('accepted'))).toBe(true);

    // A saved job applied to later is a new applicant too; withdrawing tells the company.
    const later = await insertJob(tdb.db, { title: 'Ecologist', companyId: company.id, companyName: company.name });
    const saved = await api.save({ jobId: later.id });
    await api.applyToJob({ jobId: later.id });
    await api.changeStatus({ applicationId: saved.applicationId, to: 'withdrawn' });
    expect((await noticesOf(active.id)).map((n) => n.title).slice(-2)).toEqual([
      'New applicant for Ecologist',
      'Noor Haddad withdrew from Ecologist',
    ]);
  });
});
