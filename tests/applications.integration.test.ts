import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '@/server/db';
import { companyMembers, notifications } from '@/server/db/schema';
import { createDueFollowUpReminders } from '@/server/services/applications/create-due-follow-up-reminders';
import { changeApplicationStatus } from '@/server/services/applications/change-status';
import type * as DispatchModuleType from '@/server/workflows/dispatch';
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

/**
 * Records every 'applications/changed' dispatch with the statuses its user had in the database
 * at that moment, read through the root handle: on PostgreSQL that is another connection, so a
 * dispatch sent before the commit would see the old status.
 */
type DispatchModule = typeof DispatchModuleType;
const changed = vi.hoisted(() => [] as { userId: string; statuses: string[] }[]);
vi.mock('@/server/workflows/dispatch', async (importOriginal) => {
  const original = await importOriginal<DispatchModule>();
  const { applications: apps } = await import('@/server/db/schema');
  const { eq: equals } = await import('drizzle-orm');
  return {
    ...original,
    dispatch: async (db: Database, name: string, data: { userId: string }) => {
      if (name === 'applications/changed') {
        const rows = await db.select({ status: apps.status }).from(apps).where(equals(apps.userId, data.userId));
        changed.push({ userId: data.userId, statuses: rows.map((r) => r.status) });
      }
      return original.dispatch(db, name as 'applications/changed', data);
    },
  };
});

const modes = await availableModes();
const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

describe.each(modes)('application pipeline on %s', (mode) => {
  let tdb: TestDatabase;
  beforeAll(async () => {
    tdb = await createTestDatabase(mode);
  });
  afterAll(async () => {
    await drainWorkflows();
    await tdb.destroy();
  });
  beforeEach(() => {
    changed.length = 0;
  });

  const eventsOf = (applicationId: string) => eventsOfApplication(tdb.db, applicationId);
  const rowOf = (applicationId: string) => rowOfApplication(tdb.db, applicationId);
  async function appliedApplication(opts: { appliedDaysAgo?: number; companyId?: string } = {}) {
    const made = await applyAsNewSeeker(tdb.db, opts);
    changed.length = 0;
    return made;
  }

  it('moves a saved job to applied, recording the source, the date and the event', async () => {
    const seeker = await signUpUser(tdb.db);
    const job = await insertJob(tdb.db, { source: 'lever' });
    const api = callerFor(tdb.db, seeker).applications;
    const saved = await api.save({ jobId: job.id });
    const applied = await api.applyToJob({ jobId: job.id, note: 'Sent via the careers page' });
    expect(applied).toEqual({ jobId: job.id, applicationId: saved.applicationId, status: 'applied' });

    const row = await rowOf(saved.applicationId);
    expect(row).toMatchObject({ status: 'applied', source: 'lever', responseAt: null });
    expect(row?.appliedAt).toBeInstanceOf(Date);
    const events = await eventsOf(saved.applicationId);
    expect(events.map((e) => [e.fromStatus, e.toStatus, e.actorId])).toEqual([
      [null, 'saved', seeker.id],
      ['saved', 'applied', seeker.id],
    ]);
    expect(events[1]).toMatchObject({ note: 'Sent via the careers page', metadata: { by: 'seeker' } });
    expect(changed.at(-1)).toEqual({ userId: seeker.id, statuses: ['applied'] });

    await expect(api.applyToJob({ jobId: job.id })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'This job is already in your applications (Applied).',
    });
  });

  it("tells the board whether a saved job's company has recruiters here (moving it to Applied shares it)", async () => {
    const company = await insertCompany(tdb.db, 'Recruiting Co');
    const seeker = await signUpUser(tdb.db);
    const api = callerFor(tdb.db, seeker).applications;
    const hiring = await insertJob(tdb.db, { title: 'Hiring here', companyId: company.id, companyName: company.name });
    const elsewhere = await insertJob(tdb.db, { title: 'Board posting' });
    await api.save({ jobId: hiring.id });
    await api.save({ jobId: elsewhere.id });
    const recruiter = await signUpUser(tdb.db, { role: 'recruiter' });
    await tdb.db.insert(companyMembers).values({ companyId: company.id, userId: recruiter.id, status: 'active' });
    const { items } = await api.list({});
    const byTitle = Object.fromEntries(items.map((i) => [i.job.title, i.job.recruitsHere]));
    expect(byTitle).toEqual({ 'Hiring here': true, 'Board posting': false });
  });

  it('tracks an unsaved job as applied straight away, but not a closed one', async () => {
    const seeker = await signUpUser(tdb.db);
    const api = callerFor(tdb.db, seeker).applications;
    const job = await insertJob(tdb.db, { source: 'indeed' });
    const tracked = await api.applyToJob({ jobId: job.id, occurredAt: daysAgo(2) });
    const row = await rowOf(tracked.applicationId);
    expect(row).toMatchObject({ status: 'applied', source: 'indeed' });
    expect(Math.abs((row?.appliedAt?.getTime() ?? 0) - daysAgo(2).getTime())).toBeLessThan(60_000);
    expect((await eventsOf(tracked.applicationId)).map((e) => [e.fromStatus, e.toStatus])).toEqual([[null, 'applied']]);

    const closed = await insertJob(tdb.db, { status: 'closed' });
    await expect(api.applyToJob({ jobId: closed.id })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'This job is closed and no longer accepts applications.',
    });
    await expect(api.applyToJob({ jobId: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(api.applyToJob({ jobId: job.id, occurredAt: new Date(Date.now() + DAY) })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'Occurred at: A change cannot be dated in the future.',
    });
  });

  it('walks the legal path and refuses illegal moves with messages naming from and to', async () => {
    const { api, id, seeker } = await appliedApplication();
    await expect(api.changeStatus({ applicationId: id, to: 'accepted' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message:
        'Cannot move an application from Applied to Accepted. From Applied it can move to: Interview scheduled, Offer received, Rejected, Withdrawn, Ghosted.',
    });
    await expect(api.changeStatus({ applicationId: id, to: 'applied' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'This application is already Applied.',
    });
    expect(changed).toEqual([]);

    for (const to of [
      'interview_scheduled',
      'interview_completed',
      'interview_scheduled',
      'interview_completed',
      'offer_received',
      'accepted',
    ] as const) {
      const result = await api.changeStatus({ applicationId: id, to });
      expect(result.to).toBe(to);
    }
    const final = await api.changeStatus({ applicationId: id, to: 'withdrawn' }).catch((e: unknown) => e);
    expect(final).toMatchObject({
      code: 'CONFLICT',
      message: 'Cannot move an application from Accepted to Withdrawn: Accepted is final.',
    });
    expect(changed).toHaveLength(6);
    expect(changed.at(-1)).toEqual({ userId: seeker.id, statuses: ['accepted'] });
    expect((await eventsOf(id)).map((e) => e.toStatus)).toEqual([
      'applied',
      'interview_scheduled',
      'interview_completed',
      'interview_scheduled',
      'interview_completed',
      'offer_received',
      'accepted',
    ]);
    const detail = await api.byId({ id });
    expect(detail.allowedNext).toEqual([]);
    expect(detail.timeline.every((e) => e.by === 'you')).toBe(true);
  });

  it('derives the response time from the first company answer after applying', async () => {
    const { api, id } = await appliedApplication({ appliedDaysAgo: 10 });
    const ghosted = await api.changeStatus({ applicationId: id, to: 'ghosted', occurredAt: daysAgo(6) });
    expect(ghosted).toMatchObject({ responseAt: null, responseDays: null });

    const late = await api.changeStatus({ applicationId: id, to: 'interview_scheduled', occurredAt: daysAgo(3) });
    expect(late.responseDays).toBe(7);
    expect(late.responseAt?.getTime()).toBe(late.occurredAt.getTime());
    // A later answer is not the first one.
    await api.changeStatus({ applicationId: id, to: 'rejected', occurredAt: daysAgo(1) });
    const detail = await api.byId({ id });
    expect(detail.responseDays).toBe(7);
    expect(detail.responseAt?.getTime()).toBe(late.occurredAt.getTime());
    expect(detail.timeline.map((e) => [e.from, e.to])).toEqual([
      [null, 'applied'],
      ['applied', 'ghosted'],
      ['ghosted', 'interview_scheduled'],
      ['interview_scheduled', 'rejected'],
    ]);

    const { api: api2, id: id2 } = await appliedApplication({ appliedDaysAgo: 5 });
    await api2.changeStatus({ applicationId: id2, to: 'interview_scheduled', occurredAt: daysAgo(2) });
    await expect(
      api2.changeStatus({ applicationId: id2, to: 'interview_completed', occurredAt: daysAgo(4) }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: `This change cannot be dated before the previous one (${isoDay(daysAgo(2))}).`,
    });
  });

  it("lets a recruiter of the job's company record the company's answers, and nothing else", async () => {
    const company = await insertCompany(tdb.db, `Hiring Co ${mode} ${Date.now()}`);
    const recruiterUser = await signUpUser(tdb.db, { role: 'recruiter' });
    await tdb.db.insert(companyMembers).values({ companyId: company.id, userId: recruiterUser.id });
    const recruiter = { userId: recruiterUser.id, role: 'recruiter' as const };
    const outsider = { userId: (await signUpUser(tdb.db, { role: 'recruiter' })).id, role: 'recruiter' as const };
    const { api, id, seeker } = await appliedApplication({ appliedDaysAgo: 4, companyId: company.id });

    const byRecruiter = await changeApplicationStatus(tdb.db, recruiter, {
      applicationId: id,
      to: 'interview_scheduled',
      note: 'Panel on Tuesday; internal: strong referral',
    });
    expect(byRecruiter).toMatchObject({ from: 'applied', to: 'interview_scheduled' });
    expect(byRecruiter.allowedNext).toEqual(['interview_completed', 'rejected']);
    expect(byRecruiter.responseDays).toBeCloseTo(4, 0);
    expect(changed.at(-1)).toEqual({ userId: seeker.id, statuses: ['interview_scheduled'] });
    const last = (await eventsOf(id)).at(-1);
    expect(last).toMatchObject({ actorId: recruiterUser.id, metadata: { by: 'employer' } });

    await expect(
      callerFor(tdb.db, recruiterUser).applications.changeStatus({ applicationId: id, to: 'withdrawn' }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'Only the applicant can move an application from Interview scheduled to Withdrawn.',
    });
    await expect(
      changeApplicationStatus(tdb.db, outsider, { applicationId: id, to: 'rejected' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Application not found.' });
    // The applicant's own view: the company's move, without the company's note.
    const timeline = (await api.byId({ id })).timeline;
    expect(timeline.at(-1)).toMatchObject({ to: 'interview_scheduled', by: 'employer', note: null });
    await expect(callerFor(tdb.db, recruiterUser).applications.byId({ id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });

    // A bookmark is private, even from the hiring company.
    const bookmarkJob = await insertJob(tdb.db, { companyId: company.id });
    const bookmark = await api.save({ jobId: bookmarkJob.id });
    await expect(
      changeApplicationStatus(tdb.db, recruiter, { applicationId: bookmark.applicationId, to: 'applied' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('answers NOT_FOUND to another seeker and writes nothing', async () => {
    const { id, seeker } = await appliedApplication();
    const intruder = await signUpUser(tdb.db);
    const other = callerFor(tdb.db, intruder).applications;
    const before = { row: await rowOf(id), events: await eventsOf(id) };
    changed.length = 0;

    const attempts = [
      () => other.changeStatus({ applicationId: id, to: 'withdrawn' }),
      () => other.updateNotes({ applicationId: id, notes: 'mine now' }),
      () => other.setFollowUp({ applicationId: id, date: isoDay(new Date(Date.now() + 2 * DAY)) }),
      () => other.byId({ id }),
    ];
    for (const attempt of attempts) {
      await expect(attempt()).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Application not found.' });
    }
    expect(await rowOf(id)).toEqual(before.row);
    expect(await eventsOf(id)).toEqual(before.events);
    expect(changed).toEqual([]);
    expect((await other.list({})).items).toEqual([]);
    expect((await callerFor(tdb.db, seeker).applications.list({})).items.map((i) => i.id)).toEqual([id]);
    await expect(callerFor(tdb.db).applications.list({})).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('keeps notes and a follow-up date, and reminds once when it is due', async () => {
    const { api, id, seeker } = await appliedApplication();
    expect(await api.updateNotes({ applicationId: id, notes: 'Ask about the team size.' })).toEqual({
      applicationId: id,
      notes: 'Ask about the team size.',
    });
    expect(changed.at(-1)?.userId).toBe(seeker.id);
    expect((await api.updateNotes({ applicationId: id, notes: '   ' })).notes).toBeNull();

    await expect(api.setFollowUp({ applicationId: id, date: isoDay(daysAgo(2)) })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'Date: Pick today or a later date.',
    });
    const inThreeDays = isoDay(new Date(Date.now() + 3 * DAY));
    expect(await api.setFollowUp({ applicationId: id, date: inThreeDays })).toEqual({
      applicationId: id,
      followUpDate: inThreeDays,
    });

    const reminders = () =>
      tdb.db
        .select()
        .from(notifications)
        .where(and(eq(notifications.userId, seeker.id), like(notifications.dedupeKey, 'follow-up:%')));
    await createDueFollowUpReminders(tdb.db, new Date());
    expect(await reminders()).toHaveLength(0);

    const dueDay = new Date(`${inThreeDays}T08:00:00Z`);
    const first = await createDueFollowUpReminders(tdb.db, dueDay);
    expect(first.created).toBe(1);
    const second = await createDueFollowUpReminders(tdb.db, new Date(dueDay.getTime() + DAY));
    expect(second.created).toBe(0);
    const rows = await reminders();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      type: 'application_update',
      link: `/applications/${id}`,
      dedupeKey: `follow-up:${id}:${inThreeDays}`,
      read: false,
    });

    // Closing the application clears the follow-up; none may be set again.
    await api.changeStatus({ applicationId: id, to: 'withdrawn' });
    expect((await rowOf(id))?.followUpDate).toBeNull();
    await expect(api.setFollowUp({ applicationId: id, date: inThreeDays })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'This application is Withdrawn; there is nothing left to follow up.',
    });
    expect((await api.setFollowUp({ applicationId: id, date: null })).followUpDate).toBeNull();
  });

  it('lists applications with status, company and date filters and sorting', async () => {
    const seeker = await signUpUser(tdb.db);
    const api = callerFor(tdb.db, seeker).applications;
    const mk = (companyName: string, title: string) => insertJob(tdb.db, { companyName, title });
    const [a, b, c] = await Promise.all([
      mk('Zeta Labs', 'Analyst'),
      mk('Alpha 100% Corp', 'Engineer'),
      mk('Beta', 'Designer'),
    ]);
    await api.applyToJob({ jobId: a.id, occurredAt: daysAgo(20) });
    const tb = await api.applyToJob({ jobId: b.id, occurredAt: daysAgo(5) });
    await api.save({ jobId: c.id });
    await api.changeStatus({ applicationId: tb.applicationId, to: 'interview_scheduled' });

    const titles = async (input: Parameters<typeof api.list>[0]) =>
      (await api.list(input)).items.map((i) => i.job.title);
    expect(await titles({ sort: 'company' })).toEqual(['Engineer', 'Designer', 'Analyst']);
    expect(await titles({ sort: 'company', dir: 'desc' })).toEqual(['Analyst', 'Designer', 'Engineer']);
    expect(await titles({ sort: 'applied' })).toEqual(['Engineer', 'Analyst', 'Designer']);
    expect(await titles({ sort: 'status' })).toEqual(['Designer', 'Analyst', 'Engineer']);
    expect(await titles({ status: ['applied', 'interview_scheduled'], sort: 'title' })).toEqual([
      'Analyst',
      'Engineer',
    ]);
    expect(await titles({ company: '100%' })).toEqual(['Engineer']);
    expect(await titles({ company: '%' })).toEqual(['Engineer']);
    expect(await titles({ appliedFrom: isoDay(daysAgo(10)), appliedTo: isoDay(new Date()) })).toEqual(['Engineer']);
    await expect(api.list({ appliedFrom: isoDay(new Date()), appliedTo: isoDay(daysAgo(3)) })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'Applied to: The start date must be before the end date.',
    });

    const limited = await api.list({ limit: 2 });
    expect(limited.items).toHaveLength(2);
    expect(limited.total).toBe(3);
    const engineer = (await api.list({ company: 'alpha' })).items[0];
    expect(engineer).toMatchObject({ status: 'interview_scheduled', hasNotes: false, source: 'test' });
    expect(engineer?.allowedNext).toEqual(['interview_completed', 'rejected', 'withdrawn', 'ghosted']);
    expect(engineer?.responseDays).toBeCloseTo(5, 0);
  });
});
