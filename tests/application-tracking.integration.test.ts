import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationContacts, applicationInterviews, applications } from '@/server/db/schema';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { callerFor } from './helpers/callers';
import { availableModes, createTestDatabase, type TestDatabase } from './helpers/databases';
import { signUpUser } from './helpers/factories';
import { insertJob } from './helpers/jobs';

const modes = await availableModes();

describe.each(modes)('interviews and contacts on an application, on %s', (mode) => {
  let tdb: TestDatabase;
  beforeAll(async () => {
    tdb = await createTestDatabase(mode);
  });
  afterAll(async () => {
    await drainWorkflows();
    await tdb.destroy();
  });

  async function applied() {
    const seeker = await signUpUser(tdb.db);
    const job = await insertJob(tdb.db, {});
    const api = callerFor(tdb.db, seeker);
    const { applicationId } = await api.applications.applyToJob({ jobId: job.id });
    return { seeker, api, applicationId };
  }

  it('keeps interviews soonest first, with location and link, and removes one', async () => {
    const { api, applicationId } = await applied();
    const later = await api.tracking.addInterview({
      applicationId,
      startsAt: new Date('2030-05-02T16:00:00Z'),
      durationMinutes: 45,
      link: 'https://meet.example.com/abc',
    });
    const sooner = await api.tracking.addInterview({
      applicationId,
      startsAt: new Date('2030-05-01T09:30:00Z'),
      location: '  Acme HQ, room 4  ',
      link: '',
      notes: '',
    });
    expect(sooner).toMatchObject({ durationMinutes: 60, location: 'Acme HQ, room 4', link: null, notes: null });
    const list = await api.tracking.interviews({ applicationId });
    expect(list.map((i) => [i.id, i.startsAt.toISOString()])).toEqual([
      [sooner.id, '2030-05-01T09:30:00.000Z'],
      [later.id, '2030-05-02T16:00:00.000Z'],
    ]);
    expect(await api.tracking.removeInterview({ interviewId: sooner.id })).toEqual({ id: sooner.id });
    expect((await api.tracking.interviews({ applicationId })).map((i) => i.id)).toEqual([later.id]);
    await expect(api.tracking.removeInterview({ interviewId: sooner.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses "interview completed" before the interview the seeker scheduled took place', async () => {
    const { api, applicationId } = await applied();
    await api.applications.changeStatus({ applicationId, to: 'interview_scheduled' });
    const inAWeek = new Date(Date.now() + 7 * 86_400_000);
    inAWeek.setUTCSeconds(0, 0);
    await api.tracking.addInterview({ applicationId, startsAt: inAWeek });
    const early = await api.applications
      .changeStatus({ applicationId, to: 'interview_completed' })
      .catch((e: unknown) => e);
    expect(early).toMatchObject({
      code: 'BAD_REQUEST',
      // No date in the words: the server does not know the reader's time zone.
      message:
        "This application's interview is still ahead: mark it completed once it has taken place, or change its date under Interviews on the application's page.",
    });
    const [row] = await tdb.db
      .select({ status: applications.status })
      .from(applications)
      .where(eq(applications.id, applicationId));
    expect(row?.status).toBe('interview_scheduled');
    // The interview was moved to yesterday: completing it before it began is still refused, after is fine.
    const { id } = (await api.tracking.interviews({ applicationId }))[0]!;
    await api.tracking.removeInterview({ interviewId: id });
    const yesterday = new Date(Date.now() - 86_400_000);
    await api.tracking.addInterview({ applicationId, startsAt: yesterday });
    await expect(
      api.applications.changeStatus({
        applicationId,
        to: 'interview_completed',
        occurredAt: new Date(yesterday.getTime() - 3_600_000),
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const moved = await api.applications.changeStatus({ applicationId, to: 'interview_completed' });
    expect(moved.to).toBe('interview_completed');
  });

  it('allows "interview completed" when no interview date was recorded, or an earlier one was', async () => {
    const none = await applied();
    await none.api.applications.changeStatus({ applicationId: none.applicationId, to: 'interview_scheduled' });
    const done = await none.api.applications.changeStatus({
      applicationId: none.applicationId,
      to: 'interview_completed',
    });
    expect(done.to).toBe('interview_completed');
    const two = await applied();
    await two.api.applications.changeStatus({ applicationId: two.applicationId, to: 'interview_scheduled' });
    await two.api.tracking.addInterview({ applicationId: two.applicationId, startsAt: new Date(Date.now() - 3_600_000) });
    await two.api.tracking.addInterview({ applicationId: two.applicationId, startsAt: new Date(Date.now() + 86_400_000) });
    const first = await two.api.applications.changeStatus({
      applicationId: two.applicationId,
      to: 'interview_completed',
    });
    expect(first.to).toBe('interview_completed');
  });

  it('refuses a link that is not a web address, a length out of range and a date years away, with the field', async () => {
    const { api, applicationId } = await applied();
    const startsAt = new Date('2030-01-01T10:00:00Z');
    const yearsAway = (years: number) => new Date(Date.now() + years * 366 * 86_400_000);
    for (const [input, field] of [
      [{ link: 'javascript:alert(1)' }, 'Link'],
      [{ durationMinutes: 2 }, 'Duration minutes'],
      [{ startsAt: new Date('2150-01-01T00:00:00Z') }, 'Starts at'],
      // A typo in the year, not an interview: 2099, or a date long gone.
      [{ startsAt: new Date('2099-03-05T14:30:00Z') }, 'Starts at'],
      [{ startsAt: yearsAway(5.1) }, 'Starts at'],
      [{ startsAt: yearsAway(-5.1) }, 'Starts at'],
    ] as const) {
      await expect(api.tracking.addInterview({ applicationId, startsAt, ...input })).rejects.toMatchObject({
        code: 'BAD_REQUEST',
        message: expect.stringMatching(new RegExp(`^${field}: `)) as unknown,
      });
    }
    expect(await tdb.db.select().from(applicationInterviews).where(eq(applicationInterviews.applicationId, applicationId))).toEqual([]);
  });

  it('keeps contacts in the order added, checks email and phone, and removes one', async () => {
    const { api, applicationId } = await applied();
    const first = await api.tracking.addContact({
      applicationId,
      name: 'Dana Reyes',
      role: 'Recruiter',
      email: 'dana@acme.example',
      phone: '+1 (555) 010-2030',
      notes: 'Prefers email.',
    });
    const second = await api.tracking.addContact({ applicationId, name: 'Sam Lee', email: '', phone: '' });
    expect(second).toMatchObject({ role: null, email: null, phone: null, notes: null });
    expect((await api.tracking.contacts({ applicationId })).map((c) => c.name)).toEqual(['Dana Reyes', 'Sam Lee']);
    expect(first).toMatchObject({ email: 'dana@acme.example', phone: '+1 (555) 010-2030' });

    await expect(api.tracking.addContact({ applicationId, name: 'X', email: 'not-an-email' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'Email: Enter a valid email address.',
    });
    await expect(api.tracking.addContact({ applicationId, name: 'X', phone: 'call me' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'Phone: Use digits, spaces and + ( ) - only.',
    });
    await expect(api.tracking.addContact({ applicationId, name: '   ' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });

    await api.tracking.removeContact({ contactId: first.id });
    expect((await api.tracking.contacts({ applicationId })).map((c) => c.name)).toEqual(['Sam Lee']);
  });

  it("another seeker can neither read nor add to nor remove from someone's application", async () => {
    const { api, applicationId } = await applied();
    const interview = await api.tracking.addInterview({ applicationId, startsAt: new Date('2030-01-01T10:00:00Z') });
    const contact = await api.tracking.addContact({ applicationId, name: 'Private Person' });
    const other = callerFor(tdb.db, await signUpUser(tdb.db));
    for (const call of [
      () => other.tracking.interviews({ applicationId }),
      () => other.tracking.contacts({ applicationId }),
      () => other.tracking.addInterview({ applicationId, startsAt: new Date('2030-01-01T10:00:00Z') }),
      () => other.tracking.addContact({ applicationId, name: 'Intruder' }),
      () => other.tracking.removeInterview({ interviewId: interview.id }),
      () => other.tracking.removeContact({ contactId: contact.id }),
    ]) {
      await expect(call()).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    expect(await api.tracking.interviews({ applicationId })).toHaveLength(1);
    expect(await api.tracking.contacts({ applicationId })).toHaveLength(1);
  });

  it('goes with the application when it is deleted', async () => {
    const { api, applicationId } = await applied();
    await api.tracking.addInterview({ applicationId, startsAt: new Date('2030-01-01T10:00:00Z') });
    await api.tracking.addContact({ applicationId, name: 'Gone Soon' });
    await tdb.db.delete(applications).where(eq(applications.id, applicationId));
    expect(await tdb.db.select().from(applicationContacts).where(eq(applicationContacts.applicationId, applicationId))).toEqual([]);
    expect(await tdb.db.select().from(applicationInterviews).where(eq(applicationInterviews.applicationId, applicationId))).toEqual([]);
  });
});
