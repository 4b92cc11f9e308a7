/**
 * The recruiter's journey: a company created (pending until an operator approves it) or joined by
 * a colleague's invitation, the dashboard's paged and filtered jobs table, the candidate page's
 * data, the match worded about the candidate, and the seeker hearing of stage changes.
 */
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applications,
  companyInvitations,
  companyMembers,
  devMailbox,
  education,
  experience,
  notifications,
  users,
} from '@/server/db/schema';
import { getDocumentStore } from '@/server/services/documents/store';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { callerFor } from './helpers/callers';
import { availableModes, createTestDatabase, type TestDatabase } from './helpers/databases';
import { richResume } from './helpers/document-samples';
import { signUpUser } from './helpers/factories';
import { insertCompany, insertJob } from './helpers/jobs';
import { rejection } from './helpers/rejection';

const modes = await availableModes();

const POSTING = {
  title: 'Data Engineer',
  description: 'Build and run the pipelines our analysts rely on: SQL, Python, Airflow and dbt.',
  location: 'Austin, TX',
  remoteType: 'hybrid' as const,
  jobType: 'full-time' as const,
  requiredSkills: ['SQL', 'Python', 'Airflow', 'dbt', 'Spark'],
  requiredYears: 5,
};

describe.each(modes)('recruiter journey on %s', (mode) => {
  let tdb: TestDatabase;
  let admin: Awaited<ReturnType<typeof signUpUser>>;

  beforeAll(async () => {
    tdb = await createTestDatabase(mode);
    admin = await signUpUser(tdb.db);
    await tdb.db.update(users).set({ role: 'admin' }).where(eq(users.id, admin.id));
  }, 60_000);
  afterAll(async () => {
    await drainWorkflows();
    await tdb.destroy();
  });

  const adminApi = () => callerFor(tdb.db, { id: admin.id, role: 'admin' });

  it('a new recruiter creates their company, waits for approval without reaching a job form, then posts', async () => {
    const founder = await signUpUser(tdb.db, { role: 'recruiter' });
    const api = callerFor(tdb.db, founder);
    expect(await api.company.mine()).toEqual({ company: null, status: null, members: [] });
    const noCompany = await rejection(api.recruiter.createJob(POSTING));
    expect(noCompany.code).toBe('FORBIDDEN');
    expect(noCompany.message).toContain('Create your company');

    const created = await api.company.create({ name: 'Northwind Analytics', website: 'https://northwind.example' });
    expect(created).toMatchObject({ companyName: 'Northwind Analytics', status: 'pending' });
    expect((await api.company.mine()).status).toBe('pending');
    const pending = await rejection(api.recruiter.createJob(POSTING));
    expect(pending.code).toBe('FORBIDDEN');
    expect(pending.message).toContain('pending approval');
    // A second company is refused: one membership per recruiter.
    expect((await rejection(api.company.create({ name: 'Second Co' }))).code).toBe('CONFLICT');

    // Operators hear of it, see it, and approve it; the recruiter is told.
    const [adminNotice] = await tdb.db.select().from(notifications).where(eq(notifications.userId, admin.id));
    expect(adminNotice?.title).toBe('Northwind Analytics awaits approval');
    const queue = await adminApi().company.pending();
    expect(queue.find((p) => p.userId === founder.id)).toMatchObject({ companyName: 'Northwind Analytics' });
    expect((await rejection(api.company.pending())).code).toBe('FORBIDDEN');
    expect((await rejection(api.company.approve({ companyId: created.companyId, userId: founder.id }))).code).toBe(
      'FORBIDDEN',
    );
    await adminApi().company.approve({ companyId: created.companyId, userId: founder.id });
    expect((await adminApi().company.pending()).some((p) => p.userId === founder.id)).toBe(false);
    const told = await tdb.db.select().from(notifications).where(eq(notifications.userId, founder.id));
    expect(told.map((n) => n.title)).toContain('Northwind Analytics is approved');

    const { id } = await api.recruiter.createJob(POSTING);
    expect((await api.recruiter.jobs()).jobs.map((j) => j.id)).toEqual([id]);
  });

  it('invitations: hashed at rest, single-use, expiring; the colleague is active at once', async () => {
    const company = await insertCompany(tdb.db, `Invite Co ${mode}`);
    const lead = await signUpUser(tdb.db, { role: 'recruiter' });
    await tdb.db.insert(companyMembers).values({ companyId: company.id, userId: lead.id });
    const { token, expiresAt } = await callerFor(tdb.db, lead).company.createInvitation();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
    const stored = await tdb.db.select().from(companyInvitations).where(eq(companyInvitations.companyId, company.id));
    expect(stored).toHaveLength(1);
    expect(stored[0]?.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(stored)).not.toContain(token);

    const colleague = await signUpUser(tdb.db, { role: 'recruiter' });
    // The whole link pasted works as well as the bare token.
    const joined = await callerFor(tdb.db, colleague).company.acceptInvitation({
      token: `http://localhost:3000/recruiter/join/${token}`,
    });
    expect(joined).toEqual({ companyId: company.id, companyName: company.name, status: 'active' });
    expect((await callerFor(tdb.db, colleague).company.mine()).members.map((m) => m.name).sort()).toHaveLength(2);

    const third = await signUpUser(tdb.db, { role: 'recruiter' });
    const reused = await rejection(callerFor(tdb.db, third).company.acceptInvitation({ token }));
    expect(reused.code).toBe('NOT_FOUND');
    expect(reused.message).toContain('expired or was already used');

    const second = await callerFor(tdb.db, lead).company.createInvitation();
    await tdb.db
      .update(companyInvitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(companyInvitations.tokenHash, createHash('sha256').update(second.token).digest('hex')));
    expect((await rejection(callerFor(tdb.db, third).company.acceptInvitation({ token: second.token }))).code).toBe(
      'NOT_FOUND',
    );
    expect((await rejection(callerFor(tdb.db, third).company.acceptInvitation({ token: 'nonsense' }))).code).toBe(
      'BAD_REQUEST',
    );
    // A pending member cannot invite anyone.
    await callerFor(tdb.db, third).company.create({ name: 'Third Co' });
    expect((await rejection(callerFor(tdb.db, third).company.createInvitation())).code).toBe('FORBIDDEN');
  });

  it('pages, searches and filters the company jobs on the server', async () => {
    const company = await insertCompany(tdb.db, `Big Co ${mode}`);
    const rec = await signUpUser(tdb.db, { role: 'recruiter' });
    await tdb.db.insert(companyMembers).values({ companyId: company.id, userId: rec.id });
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) {
      const job = await insertJob(tdb.db, {
        companyId: company.id,
        companyName: company.name,
        title: i % 3 === 0 ? `Nurse Practitioner ${i}` : `Welder ${i}`,
        remoteType: i % 2 === 0 ? 'remote' : 'onsite',
        status: i % 5 === 0 ? 'closed' : 'open',
        daysAgo: i,
      });
      ids.push(job.id);
    }
    const seeker = await signUpUser(tdb.db);
    await tdb.db.insert(applications).values([
      { userId: seeker.id, jobId: ids[1] ?? '', status: 'applied', appliedAt: new Date() },
      // A bookmark is private to the seeker: it does not make a job "has applicants".
      { userId: seeker.id, jobId: ids[2] ?? '', status: 'saved' },
    ]);
    const api = callerFor(tdb.db, rec);

    const first = await api.recruiter.jobs({ pageSize: 25 });
    expect(first).toMatchObject({ total: 30, companyTotal: 30, page: 1, pageSize: 25 });
    expect(first.jobs.map((j) => j.id)).toEqual(ids.slice(0, 25));
    const second = await api.recruiter.jobs({ page: 2, pageSize: 25 });
    expect(second.jobs.map((j) => j.id)).toEqual(ids.slice(25));

    const nurses = await api.recruiter.jobs({ q: 'nurse' });
    expect(nurses.total).toBe(10);
    expect(nurses.jobs.every((j) => j.title.startsWith('Nurse'))).toBe(true);
    expect((await api.recruiter.jobs({ q: '100%_' })).total).toBe(0);

    const closedRemote = await api.recruiter.jobs({ status: 'closed', remoteType: 'remote' });
    expect(closedRemote.jobs.map((j) => j.id).sort()).toEqual([0, 10, 20].map((i) => ids[i]).sort());
    expect(closedRemote.companyTotal).toBe(30);

    const withApplicants = await api.recruiter.jobs({ hasApplicants: true });
    expect(withApplicants.jobs.map((j) => [j.id, j.applicants])).toEqual([[ids[1], 1]]);
    expect((await api.recruiter.jobs({ hasApplicants: false })).total).toBe(29);
    expect((await rejection(api.recruiter.jobs({ pageSize: 500 }))).code).toBe('BAD_REQUEST');
  });

  describe('candidates', () => {
    let rec: Awaited<ReturnType<typeof signUpUser>>;
    let outsider: Awaited<ReturnType<typeof signUpUser>>;
    let seeker: Awaited<ReturnType<typeof signUpUser>>;
    let jobId = '';
    let applicationId = '';

    beforeAll(async () => {
      const company = await insertCompany(tdb.db, `Candidate Co ${mode}`);
      const other = await insertCompany(tdb.db, `Elsewhere Co ${mode}`);
      rec = await signUpUser(tdb.db, { role: 'recruiter' });
      outsider = await signUpUser(tdb.db, { role: 'recruiter' });
      await tdb.db.insert(companyMembers).values([
        { companyId: company.id, userId: rec.id },
        { companyId: other.id, userId: outsider.id },
      ]);
      jobId = (await callerFor(tdb.db, rec).recruiter.createJob(POSTING)).id;
      seeker = await signUpUser(tdb.db, { firstName: 'Priya', lastName: 'Raman' });
      const me = callerFor(tdb.db, seeker);
      await me.users.updateProfile({ professionalHeadline: 'Data engineer, 8 years' });
      await tdb.db.update(users).set({ summary: 'I build pipelines.' }).where(eq(users.id, seeker.id));
      for (const name of ['SQL', 'Python', 'Airflow', 'dbt']) {
        await me.profile.addSkill({ name, category: 'technical', proficiencyLevel: 4, yearsOfExperience: 5 });
      }
      await tdb.db.insert(experience).values([
        {
          userId: seeker.id,
          title: 'Data Engineer',
          company: 'Initech',
          startDate: '2017-01-01',
          endDate: '2021-06-30',
        },
        {
          userId: seeker.id,
          title: 'Senior Data Engineer',
          company: 'Globex',
          startDate: '2021-07-01',
          isCurrent: true,
        },
      ]);
      await tdb.db
        .insert(education)
        .values({ userId: seeker.id, institution: 'State University', degree: 'BSc Statistics' });
      applicationId = (await me.applications.applyToJob({ jobId })).applicationId;
      const store = await getDocumentStore(tdb.db);
      const { version } = await store.createVersion({
        userId: seeker.id,
        jobId,
        applicationId: null,
        parentId: null,
        status: 'generated',
        kind: 'resume',
        templateId: 'ats-friendly',
        content: richResume,
        metadata: {
          wordCount: 200,
          keywordsUsed: [],
          generationTime: 10,
          aiModel: 'offline',
          promptVersion: null,
          qualityScore: 80,
          quality: {
            keywordCoverageBefore: 0.5,
            keywordCoverageAfter: 0.8,
            keywordsUsed: [],
            sectionsPresent: ['experience'],
            wordCount: 200,
            pages: 1,
            readingGrade: 10,
          },
          removals: [],
        },
        idempotencyKey: null,
      });
      await me.documents.attachToApplication({ versionId: version.id, applicationId });
      await drainWorkflows();
    }, 120_000);

    it('words the match about the candidate, never "you"', async () => {
      const ranked = await callerFor(tdb.db, rec).recruiter.applicants({ id: jobId });
      const summaries = ranked.items[0]?.match.factors.map((f) => f.summary) ?? [];
      const byFactor = Object.fromEntries(ranked.items[0]?.match.factors.map((f) => [f.factor, f.summary]) ?? []);
      expect(byFactor.skills).toBe('Has 4 of 5 required skills; missing Apache Spark');
      expect(byFactor.experience).toMatch(/^\d+(\.\d)? years of experience; the job asks for 5 years$/);
      for (const s of summaries) expect(s).not.toMatch(/\byou(r)?\b/i);
      expect(ranked.items[0]?.match.location.detail).not.toMatch(/\byou(r)?\b/i);
    });

    it('shows the shared profile, the attached document and contact details to the hiring company only', async () => {
      const candidate = await callerFor(tdb.db, rec).recruiter.candidate({ applicationId });
      expect(candidate).toMatchObject({
        name: 'Priya Raman',
        headline: 'Data engineer, 8 years',
        summary: 'I build pipelines.',
        contact: { email: seeker.email },
        status: 'applied',
        job: { id: jobId, title: 'Data Engineer' },
      });
      expect(candidate.roles.map((r) => r.company)).toEqual(['Globex', 'Initech']);
      expect(candidate.skills.map((s) => s.name).sort()).toEqual(['Apache Airflow', 'Python', 'SQL', 'dbt'].sort());
      expect(candidate.education).toEqual([
        { institution: 'State University', degree: 'BSc Statistics', fieldOfStudy: null, endDate: null },
      ]);
      expect(candidate.document?.kind).toBe('resume');
      expect(candidate.match.factors.find((f) => f.factor === 'skills')?.summary).toMatch(/^Has 4 of 5/);
      const doc = await callerFor(tdb.db, rec).documents.forApplication({ applicationId });
      expect(doc.versionId).toBe(candidate.document?.versionId);

      expect((await rejection(callerFor(tdb.db, outsider).recruiter.candidate({ applicationId }))).code).toBe(
        'NOT_FOUND',
      );
      expect((await rejection(callerFor(tdb.db, seeker).recruiter.candidate({ applicationId }))).code).toBe(
        'FORBIDDEN',
      );
    });

    it('shows the profile as it was when they applied, not as the seeker edited it since', async () => {
      const me = callerFor(tdb.db, seeker);
      const before = await callerFor(tdb.db, rec).recruiter.candidate({ applicationId });
      expect(before.profileSharedAt).toBeInstanceOf(Date);
      await me.users.updateProfile({ professionalHeadline: 'Looking for a change' });
      await me.profile.addSkill({ name: 'Rust', category: 'technical', proficiencyLevel: 2, yearsOfExperience: 1 });
      await tdb.db
        .insert(experience)
        .values({
          userId: seeker.id,
          title: 'Chief Data Officer',
          company: 'Hooli',
          startDate: '2026-01-01',
          isCurrent: true,
        });
      const after = await callerFor(tdb.db, rec).recruiter.candidate({ applicationId });
      expect(after.headline).toBe('Data engineer, 8 years');
      expect(after.skills.map((s) => s.name)).not.toContain('Rust');
      expect(after.roles.map((r) => r.company)).toEqual(['Globex', 'Initech']);
      expect(after.profileSharedAt?.getTime()).toBe(before.profileSharedAt?.getTime());
    });

    it("lists the company's pipeline across jobs, without bookmarks or other companies' applicants", async () => {
      const mine = await callerFor(tdb.db, rec).recruiter.pipeline();
      expect(mine.items.map((i) => [i.applicationId, i.name, i.job.title, i.status])).toEqual([
        [applicationId, 'Priya Raman', 'Data Engineer', 'applied'],
      ]);
      expect((await callerFor(tdb.db, rec).recruiter.pipeline({ status: 'rejected' })).total).toBe(0);
      expect((await callerFor(tdb.db, outsider).recruiter.pipeline()).total).toBe(0);
    });

    it('a bookmark is not a candidate', async () => {
      const other = await signUpUser(tdb.db);
      const [saved] = await tdb.db
        .insert(applications)
        .values({ userId: other.id, jobId, status: 'saved' })
        .returning({ id: applications.id });
      const err = await rejection(callerFor(tdb.db, rec).recruiter.candidate({ applicationId: saved?.id ?? '' }));
      expect(err.code).toBe('NOT_FOUND');
    });

    it('tells the seeker of a stage change in the app, and by mail once their address is verified', async () => {
      const api = callerFor(tdb.db, rec);
      await api.recruiter.moveApplicant({ applicationId, to: 'interview_scheduled' });
      const notes = await tdb.db
        .select()
        .from(notifications)
        .where(and(eq(notifications.userId, seeker.id), eq(notifications.type, 'application_update')));
      expect(notes.map((n) => [n.title, n.link])).toEqual([
        ['Data Engineer: Interview scheduled', `/applications/${applicationId}`],
      ]);
      expect(notes[0]?.body).toContain('moved your application for Data Engineer to “Interview scheduled”');
      const mailsTo = async () =>
        (await tdb.db.select().from(devMailbox).where(eq(devMailbox.to, seeker.email))).filter((m) =>
          m.subject.startsWith('Your application'),
        );
      expect(await mailsTo()).toHaveLength(0);

      await tdb.db
        .update(users)
        .set({ emailVerified: true, emailVerifiedAt: new Date() })
        .where(eq(users.id, seeker.id));
      // The seeker's own interview date, still ahead, does not hold the company's move back.
      await callerFor(tdb.db, seeker).tracking.addInterview({
        applicationId,
        startsAt: new Date(Date.now() + 7 * 86_400_000),
      });
      await api.recruiter.moveApplicant({ applicationId, to: 'interview_completed' });
      const mails = await mailsTo();
      expect(mails.map((m) => m.subject)).toEqual(['Your application for Data Engineer: Interview completed']);
      expect(mails[0]?.text).toContain(`/applications/${applicationId}`);
    });

    it('tells the seeker of a recruiter’s move made through applications.changeStatus too', async () => {
      const other = await signUpUser(tdb.db);
      const [app] = await tdb.db
        .insert(applications)
        .values({ userId: other.id, jobId, status: 'applied', appliedAt: new Date() })
        .returning({ id: applications.id });
      await callerFor(tdb.db, rec).applications.changeStatus({ applicationId: app!.id, to: 'interview_scheduled' });
      const notes = await tdb.db
        .select()
        .from(notifications)
        .where(and(eq(notifications.userId, other.id), eq(notifications.type, 'application_update')));
      expect(notes.map((n) => n.link)).toEqual([`/applications/${app!.id}`]);
      // The seeker's own move is not announced to them.
      await callerFor(tdb.db, other).applications.changeStatus({ applicationId: app!.id, to: 'withdrawn' });
      expect(
        await tdb.db
          .select()
          .from(notifications)
          .where(and(eq(notifications.userId, other.id), eq(notifications.type, 'application_update'))),
      ).toHaveLength(1);
    });
  });
});
