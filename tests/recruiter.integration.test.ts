import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationEvents, applications, companyMembers, jobEmbeddings, jobs } from '@/server/db/schema';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { callerFor } from './helpers/callers';
import { rejection } from './helpers/rejection';
import { availableModes, createTestDatabase, type TestDatabase } from './helpers/databases';
import { signUpUser } from './helpers/factories';
import { insertCompany } from './helpers/jobs';

const modes = await availableModes();
const DAY = 86_400_000;

const POSTING = {
  title: 'Platform Engineer',
  description:
    'Run and improve the platform our product teams deploy to: Kubernetes clusters, CI pipelines, observability and on-call tooling.',
  location: 'Denver, CO',
  remoteType: 'hybrid' as const,
  jobType: 'full-time' as const,
  salaryMin: 60,
  salaryMax: 80,
  salaryCurrency: 'USD' as const,
  salaryPeriod: 'hour' as const,
  requiredSkills: ['k8s', 'ReactJS', 'Terraform'],
  requiredYears: 4,
};


describe.each(modes)('recruiter dashboard on %s', (mode) => {
  let tdb: TestDatabase;
  let recruiter: Awaited<ReturnType<typeof signUpUser>>;
  let outsider: Awaited<ReturnType<typeof signUpUser>>;

  beforeAll(async () => {
    tdb = await createTestDatabase(mode);
    const company = await insertCompany(tdb.db, `Hiring Co ${mode}`);
    const other = await insertCompany(tdb.db, `Other Co ${mode}`);
    recruiter = await signUpUser(tdb.db, { role: 'recruiter' });
    outsider = await signUpUser(tdb.db, { role: 'recruiter' });
    await tdb.db.insert(companyMembers).values([
      { companyId: company.id, userId: recruiter.id },
      { companyId: other.id, userId: outsider.id },
    ]);
  }, 60_000);
  afterAll(async () => {
    await drainWorkflows();
    await tdb.destroy();
  });

  it('posts a job with normalized salary and canonical skills; it is searchable at once and made matchable', async () => {
    const api = callerFor(tdb.db, recruiter);
    // A cached search before the post must not hide the new job afterwards (versioned keys).
    const before = await api.jobs.search({ keywords: 'platform engineer' });
    const { id } = await api.recruiter.createJob(POSTING);
    const [row] = await tdb.db.select().from(jobs).where(eq(jobs.id, id));
    expect(row).toMatchObject({
      salaryAnnualUsd: 145_600, // (60 + 80) / 2 x 2,080 h
      requiredSkills: ['Kubernetes', 'React', 'Terraform'],
      postedBy: recruiter.id,
      status: 'open',
    });
    const after = await api.jobs.search({ keywords: 'platform engineer' });
    expect(after.total).toBe(before.total + 1);
    expect(after.items.map((j) => j.id)).toContain(id);

    await drainWorkflows();
    const [withOccupation] = await tdb.db.select({ code: jobs.occupationCode }).from(jobs).where(eq(jobs.id, id));
    expect(withOccupation?.code).toMatch(/^\d{2}-\d{4}\.\d{2}$/);
    const embedded = await tdb.db
      .select({ model: jobEmbeddings.model })
      .from(jobEmbeddings)
      .where(eq(jobEmbeddings.jobId, id));
    expect(embedded).toHaveLength(1);

    const listed = await api.recruiter.jobs();
    expect(listed.jobs.find((j) => j.id === id)).toMatchObject({ title: 'Platform Engineer', applicants: 0 });
  });

  it('rejects bad postings with field errors and writes nothing', async () => {
    const api = callerFor(tdb.db, recruiter);
    const count = async () => (await tdb.db.select({ id: jobs.id }).from(jobs)).length;
    const n = await count();
    const err = await rejection(api.recruiter.createJob({ ...POSTING, salaryMin: 90, salaryMax: 80 }));
    expect(err.code).toBe('BAD_REQUEST');
    const empty = await rejection(api.recruiter.createJob({ ...POSTING, description: '   ' }));
    expect(empty.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(empty.cause)).toContain('Description is required.');
    expect(await count()).toBe(n);
  });

  it('accepts a short description: real boards publish postings whose title and skills carry them', async () => {
    const api = callerFor(tdb.db, recruiter);
    const { id } = await api.recruiter.createJob({ ...POSTING, title: 'Barista', description: 'Espresso bar, weekends.' });
    const [row] = await tdb.db.select({ description: jobs.description }).from(jobs).where(eq(jobs.id, id));
    expect(row?.description).toBe('Espresso bar, weekends.');
  });

  it("keeps other companies' recruiters and seekers out", async () => {
    const { id } = await callerFor(tdb.db, recruiter).recruiter.createJob({
      ...POSTING,
      title: 'Site Reliability Engineer',
    });
    const err = await rejection(
      callerFor(tdb.db, outsider).recruiter.updateJob({ id, fields: { ...POSTING, title: 'Hijacked' } }),
    );
    expect(err.code).toBe('NOT_FOUND');
    const [row] = await tdb.db.select({ title: jobs.title }).from(jobs).where(eq(jobs.id, id));
    expect(row?.title).toBe('Site Reliability Engineer');
    expect((await rejection(callerFor(tdb.db, outsider).recruiter.funnel({ id }))).code).toBe('NOT_FOUND');
    const seeker = await signUpUser(tdb.db);
    expect((await rejection(callerFor(tdb.db, seeker).recruiter.jobs())).code).toBe('FORBIDDEN');
  });

  it('closes and reopens a job; a closed job leaves search', async () => {
    const api = callerFor(tdb.db, recruiter);
    const { id } = await api.recruiter.createJob({ ...POSTING, title: 'Quasarops Engineer' });
    expect((await api.jobs.search({ keywords: 'quasarops' })).total).toBe(1);
    await api.recruiter.setJobStatus({ id, status: 'closed' });
    expect((await api.jobs.search({ keywords: 'quasarops' })).total).toBe(0);
    await api.recruiter.setJobStatus({ id, status: 'open' });
    expect((await api.jobs.search({ keywords: 'quasarops' })).total).toBe(1);
  });

  it("moves an applicant through stages: the seeker's application follows, with the recruiter as actor", async () => {
    const api = callerFor(tdb.db, recruiter);
    const { id: jobId } = await api.recruiter.createJob({ ...POSTING, title: 'Build Engineer' });
    const seeker = await signUpUser(tdb.db);
    const applied = await callerFor(tdb.db, seeker).applications.applyToJob({ jobId });
    const ranked = await api.recruiter.applicants({ id: jobId });
    expect(ranked.items).toHaveLength(1);
    expect(ranked.items[0]).toMatchObject({ userId: seeker.id, status: 'applied' });
    expect(ranked.items[0]?.allowedMoves).toEqual(['interview_scheduled', 'offer_received', 'rejected']);

    const applicationId = ranked.items[0]?.applicationId ?? '';
    expect(applicationId).toBe(applied.applicationId);
    await api.recruiter.moveApplicant({ applicationId, to: 'interview_scheduled' });
    const mine = await callerFor(tdb.db, seeker).applications.byId({ id: applicationId });
    expect(mine.status).toBe('interview_scheduled');
    const [event] = await tdb.db
      .select()
      .from(applicationEvents)
      .where(
        and(eq(applicationEvents.applicationId, applicationId), eq(applicationEvents.toStatus, 'interview_scheduled')),
      );
    expect(event?.actorId).toBe(recruiter.id);
    // Accepting an offer is the applicant's word alone.
    expect((await rejection(api.recruiter.moveApplicant({ applicationId, to: 'accepted' }))).code).toBe('CONFLICT');
  });

  it('reports the funnel with median days to each stage, from the events', async () => {
    const api = callerFor(tdb.db, recruiter);
    const { id: jobId } = await api.recruiter.createJob({ ...POSTING, title: 'Release Engineer' });
    const start = Date.now() - 30 * DAY;
    // Four applicants: two interviewed (after 2 and 4 days), one of them offered (after 10 days).
    const rows = [];
    for (let i = 0; i < 4; i++) {
      const u = await signUpUser(tdb.db);
      const [app] = await tdb.db
        .insert(applications)
        .values({ userId: u.id, jobId, status: 'applied', appliedAt: new Date(start) })
        .returning({ id: applications.id });
      rows.push(app?.id ?? '');
    }
    await tdb.db.insert(applicationEvents).values([
      {
        applicationId: rows[0] ?? '',
        fromStatus: 'applied',
        toStatus: 'interview_scheduled',
        occurredAt: new Date(start + 2 * DAY),
      },
      {
        applicationId: rows[1] ?? '',
        fromStatus: 'applied',
        toStatus: 'interview_scheduled',
        occurredAt: new Date(start + 4 * DAY),
      },
      {
        applicationId: rows[1] ?? '',
        fromStatus: 'interview_scheduled',
        toStatus: 'offer_received',
        occurredAt: new Date(start + 10 * DAY),
      },
    ]);
    const funnel = await api.recruiter.funnel({ id: jobId });
    expect(funnel.stages).toEqual([
      { stage: 'applied', count: 4, rate: 1, medianDays: 0 },
      { stage: 'interview', count: 2, rate: 0.5, medianDays: 3 }, // median of 2 and 4
      { stage: 'offer', count: 1, rate: 0.25, medianDays: 10 },
      { stage: 'accepted', count: 0, rate: 0, medianDays: null },
    ]);
  });
});
