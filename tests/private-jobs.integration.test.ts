/**
 * Jobs added to the board by hand (applications.addByHand): the owner tracks them like any job,
 * and no one else reaches them, by id or through any list: search, the job list, matching,
 * alerts, saving, applying, predictions and documents.
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { applicationEvents, applications, companyMembers, jobs, savedSearches, users } from '@/server/db/schema';
import { findNewJobsForSearch } from '@/server/services/alerts/find-new-jobs';
import { MAX_HAND_ADDED_JOBS } from '@/server/services/applications/add-job-by-hand';
import { loadDocumentForExport } from '@/server/services/documents/load-document-for-export';
import { applicantDocumentForExport } from '@/server/services/recruiter/applicant-document-export';
import { savedSearchColumns } from '@/server/services/alerts/saved-search-row';
import { matchingContext } from '@/server/services/matching/matching-context';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { callerFor } from './helpers/callers';
import { availableModes } from './helpers/databases';
import { signUpUser } from './helpers/factories';
import { insertCompany, insertJob } from './helpers/jobs';
import { rejection } from './helpers/rejection';
import { useTestDatabase } from './helpers/test-database-hooks';

const modes = await availableModes();

// Words no other job has, new on every run: search answers are cached (in Redis, across runs).
const WORD = `quuxwright${Date.now().toString(36)}`;
const COMPANY_WORD = `quuxcorp${Date.now().toString(36)}`;
const HAND_JOB = {
  title: `${WORD} Platform Engineer`,
  companyName: `${COMPANY_WORD} Referrals`,
  description: 'Our platform team runs Kubernetes and Terraform. 3+ years of experience with Python.',
  location: 'Denver, CO',
  applyUrl: 'https://careers.quuxcorp.example/platform',
} as const;

describe.each(modes)('jobs added by hand on %s', (mode) => {
  const tdb = useTestDatabase(mode);

  async function seekerWithProfile() {
    const user = await signUpUser(tdb().db);
    await callerFor(tdb().db, user).profile.addSkill({
      name: 'Kubernetes',
      category: 'technical',
      proficiencyLevel: 4,
      yearsOfExperience: 3,
    });
    return user;
  }

  it('puts the job on the owner’s board and opens its page, match and prediction for them', async () => {
    const { db } = tdb();
    const owner = await seekerWithProfile();
    const api = callerFor(db, owner);
    const added = await api.applications.addByHand({ ...HAND_JOB, stage: 'applied', remoteType: 'hybrid' });
    expect(added.status).toBe('applied');

    const [row] = await db.select().from(jobs).where(eq(jobs.id, added.jobId));
    expect(row).toMatchObject({
      status: 'private',
      ownerId: owner.id,
      companyId: null,
      source: 'manual',
      remoteType: 'hybrid',
      applyUrl: HAND_JOB.applyUrl,
      requiredYears: 3,
    });
    // Read from the description as an ingested posting's are, and classified at once.
    expect(row?.requiredSkills).toEqual(expect.arrayContaining(['Kubernetes', 'Terraform', 'Python']));
    expect(row?.occupationCode).toMatch(/^\d{2}-\d{4}\.\d{2}$/);

    const page = await api.jobs.byId({ id: added.jobId });
    expect(page).toMatchObject({ title: HAND_JOB.title, status: 'private', postedOn: [{ label: 'Added by hand' }] });

    const board = await api.applications.list({});
    const item = board.items.find((i) => i.id === added.applicationId);
    expect(item).toMatchObject({ status: 'applied', job: { title: HAND_JOB.title, status: 'private' } });
    const events = await db
      .select()
      .from(applicationEvents)
      .where(eq(applicationEvents.applicationId, added.applicationId));
    expect(events.map((e) => e.toStatus)).toEqual(['applied']);
    const [application] = await db.select().from(applications).where(eq(applications.id, added.applicationId));
    expect(application?.appliedAt).toBeInstanceOf(Date);

    const match = await api.matching.forJob({ jobId: added.jobId });
    expect(match.jobId).toBe(added.jobId);
    expect(match.match.composite).toBeGreaterThan(0);
    await expect(api.analytics.prediction({ jobId: added.jobId })).resolves.toBeDefined();
    // The owner's later moves work as on any job.
    await api.applications.changeStatus({ applicationId: added.applicationId, to: 'interview_scheduled' });
    await drainWorkflows();
  });

  it('keeps what was not given empty rather than inventing it, and refuses bad input with field errors', async () => {
    const { db } = tdb();
    const owner = await signUpUser(db);
    const api = callerFor(db, owner).applications;
    const added = await api.addByHand({ title: 'Barista', companyName: 'Corner Café' });
    expect(added.status).toBe('saved');
    const [row] = await db.select().from(jobs).where(eq(jobs.id, added.jobId));
    expect(row).toMatchObject({
      description: '',
      location: 'Not specified',
      applyUrl: null,
      remoteType: 'onsite',
      jobType: 'full-time',
    });

    const blank = await rejection(api.addByHand({ title: '  ', companyName: 'X' }));
    expect(blank.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(blank.cause ?? blank.message)).toMatch(/Job title is required/);
    const script = await rejection(
      api.addByHand({ title: 'Analyst', companyName: 'X', applyUrl: 'javascript:alert(1)' }),
    );
    expect(script.code).toBe('BAD_REQUEST');
    const long = await rejection(api.addByHand({ title: 'A'.repeat(201), companyName: 'X' }));
    expect(long.code).toBe('BAD_REQUEST');
    const anonymous = await rejection(callerFor(db).applications.addByHand({ title: 'Analyst', companyName: 'X' }));
    expect(anonymous.code).toBe('UNAUTHORIZED');

    // Unsaved, the bookmark was all it was for: the job goes with it.
    await api.unsave({ jobId: added.jobId });
    expect(await db.select().from(jobs).where(eq(jobs.id, added.jobId))).toEqual([]);
  });

  it('is reached by no one else: not by id, not in search, lists, matches or alerts', async () => {
    const { db } = tdb();
    const owner = await signUpUser(db);
    const other = await seekerWithProfile();
    const asOther = callerFor(db, other);
    const anonymous = callerFor(db);
    // Another seeker's alert for exactly these words, saved before the job is added.
    const alert = await asOther.alerts.create({ name: 'Quux', criteria: { keywords: `${WORD} ${mode}` } });
    // A listed job with the same words: the searches below can find that one, and only that one.
    const listed = await insertJob(db, { title: `${WORD} ${mode} Platform Engineer`, requiredSkills: ['Kubernetes'] });

    const added = await callerFor(db, owner).applications.addByHand({
      ...HAND_JOB,
      title: `${WORD} ${mode} Platform Engineer`,
      stage: 'saved',
    });
    const id = added.jobId;

    for (const caller of [asOther, anonymous]) {
      expect((await rejection(caller.jobs.byId({ id }))).code).toBe('NOT_FOUND');
      const found = await caller.jobs.search({ keywords: `${WORD} ${mode}` });
      expect(found.items.map((j) => j.id)).toEqual([listed.id]);
      // No public job names the company: the search falls back to jobs with some of the words
      // (the mode's word is in the listed job's title), and the hand-added job is not among them.
      const byCompany = await caller.jobs.search({ keywords: `${COMPANY_WORD} ${mode}` });
      expect(byCompany.items.map((j) => j.id)).not.toContain(id);
      expect(byCompany.items.every((j) => !j.companyName.includes(COMPANY_WORD))).toBe(true);
      const all = await caller.jobs.list({ limit: 100 });
      expect(all.items.map((j) => j.id)).not.toContain(id);
    }
    expect((await rejection(asOther.applications.save({ jobId: id }))).code).toBe('NOT_FOUND');
    expect((await rejection(asOther.applications.applyToJob({ jobId: id }))).code).toBe('NOT_FOUND');
    expect((await rejection(asOther.matching.forJob({ jobId: id }))).code).toBe('NOT_FOUND');
    expect((await rejection(asOther.analytics.prediction({ jobId: id }))).code).toBe('NOT_FOUND');
    expect((await rejection(asOther.documents.generate({ jobId: id, kind: 'cover_letter' }))).code).toBe('NOT_FOUND');
    expect(await asOther.applications.statusForJobs({ jobIds: [id] })).toEqual([]);

    const matches = await asOther.matching.forMe({});
    expect(matches.items.map((m) => m.job.id)).not.toContain(id);
    const [search] = await db.select(savedSearchColumns).from(savedSearches).where(eq(savedSearches.id, alert.id));
    if (!search) throw new Error('the saved search was not stored');
    const fresh = await findNewJobsForSearch(matchingContext(db), search);
    expect(fresh.jobs.map((j) => j.id)).toEqual([listed.id]);
    // Nothing was written for the other seeker along the way.
    expect(await db.select().from(applications).where(eq(applications.jobId, id))).toHaveLength(1);
  });

  it('is scored for no one else, and has no applicants to rank, for recruiters and admins alike', async () => {
    const { db } = tdb();
    const owner = await seekerWithProfile();
    const other = await seekerWithProfile();
    const recruiter = await signUpUser(db, { role: 'recruiter' });
    const adminUser = await signUpUser(db);
    await db.update(users).set({ role: 'admin' }).where(eq(users.id, adminUser.id));
    const admin = { id: adminUser.id, role: 'admin' as const };
    const added = await callerFor(db, owner).applications.addByHand({ ...HAND_JOB, stage: 'applied' });
    const id = added.jobId;

    // The owner's card badge works; another seeker learns nothing, not even that the id exists.
    expect((await callerFor(db, owner).matching.badges({ jobIds: [id] })).map((b) => b.jobId)).toEqual([id]);
    expect(await callerFor(db, other).matching.badges({ jobIds: [id] })).toEqual([]);
    for (const user of [recruiter, admin]) {
      const caller = callerFor(db, user);
      expect((await rejection(caller.matching.applicantsForJob({ jobId: id }))).code).toBe('NOT_FOUND');
      expect((await rejection(caller.recruiter.applicants({ id }))).code).toBe('NOT_FOUND');
    }
  });

  it('names no private job in a file a recruiter downloads', async () => {
    const { db } = tdb();
    const owner = await seekerWithProfile();
    const company = await insertCompany(db, `Export Co ${mode} ${Date.now()}`);
    const recruiter = await signUpUser(db, { role: 'recruiter' });
    await db.insert(companyMembers).values({ companyId: company.id, userId: recruiter.id });
    const listed = await insertJob(db, { title: 'Listed Platform Engineer', companyId: company.id });
    const me = callerFor(db, owner);
    const hand = await me.applications.addByHand({ ...HAND_JOB, stage: 'saved' });
    // A resume written for the private job, sent with an application to the listed one.
    const generation = await me.documents.generate({ jobId: hand.jobId, kind: 'resume' });
    await drainWorkflows();
    const generated = await me.documents.progress({ requestId: generation.requestId });
    if (!generated.versionId) throw new Error(`no document was generated (${generated.error})`);
    const applied = await me.applications.applyToJob({ jobId: listed.id });
    await me.documents.attachToApplication({ versionId: generated.versionId, applicationId: applied.applicationId });

    const forOwner = await loadDocumentForExport(db, owner.id, generated.versionId);
    expect(forOwner?.jobTitle).toBe(HAND_JOB.title);
    const forRecruiter = await applicantDocumentForExport(
      db,
      { userId: recruiter.id, role: 'recruiter' },
      applied.applicationId,
      generated.versionId,
    );
    expect(forRecruiter).not.toBeNull();
    expect(JSON.stringify([forRecruiter?.jobTitle, forRecruiter?.companyName])).not.toMatch(/quux/i);
  });

  it('is corrected by its owner only, and a listed job not at all', async () => {
    const { db } = tdb();
    const owner = await signUpUser(db);
    const other = await signUpUser(db);
    const api = callerFor(db, owner).applications;
    const added = await api.addByHand({ title: 'Data Anlyst', companyName: 'Globex' });
    await api.editHandAddedJob({
      jobId: added.jobId,
      title: 'Data Analyst',
      companyName: 'Globex',
      location: 'Remote',
      remoteType: 'remote',
      jobType: 'contract',
      description: 'Dashboards in Python and SQL; 4+ years of experience.',
      applyUrl: 'https://globex.example/jobs/7',
    });
    const [row] = await db.select().from(jobs).where(eq(jobs.id, added.jobId));
    expect(row).toMatchObject({
      title: 'Data Analyst',
      location: 'Remote',
      remoteType: 'remote',
      jobType: 'contract',
      requiredYears: 4,
      applyUrl: 'https://globex.example/jobs/7',
      status: 'private',
      ownerId: owner.id,
    });
    expect(row?.requiredSkills).toEqual(expect.arrayContaining(['Python', 'SQL']));
    expect(row?.occupationCode).toMatch(/^15-/);

    const theirs = await rejection(
      callerFor(db, other).applications.editHandAddedJob({ jobId: added.jobId, title: 'Hijacked', companyName: 'X' }),
    );
    expect(theirs.code).toBe('NOT_FOUND');
    const listed = await insertJob(db, { title: 'Listed Analyst' });
    const notMine = await rejection(api.editHandAddedJob({ jobId: listed.id, title: 'Hijacked', companyName: 'X' }));
    expect(notMine.code).toBe('NOT_FOUND');
    const after = await db.select({ id: jobs.id, title: jobs.title }).from(jobs).where(eq(jobs.id, listed.id));
    expect(after).toEqual([{ id: listed.id, title: 'Listed Analyst' }]);
    expect((await db.select().from(jobs).where(eq(jobs.id, added.jobId)))[0]?.title).toBe('Data Analyst');
  });

  it('limits adds to 60 an hour and 2,000 kept per account', async () => {
    const { db } = tdb();
    const owner = await signUpUser(db);
    const api = callerFor(db, owner).applications;
    for (let i = 0; i < 60; i++) await api.addByHand({ title: `Analyst ${i}`, companyName: 'Hourly Co' });
    expect((await rejection(api.addByHand({ title: 'Analyst 61', companyName: 'Hourly Co' }))).code).toBe(
      'TOO_MANY_REQUESTS',
    );

    const keeper = await signUpUser(db);
    await db.insert(jobs).values(
      Array.from({ length: MAX_HAND_ADDED_JOBS }, (_, i) => ({
        ownerId: keeper.id,
        status: 'private' as const,
        source: 'manual',
        externalId: `cap-${mode}-${keeper.id}-${i}`,
        title: `Kept ${i}`,
        companyName: 'Kept Co',
        description: '',
        location: 'Not specified',
        remoteType: 'onsite' as const,
        jobType: 'full-time' as const,
      })),
    );
    const full = await rejection(callerFor(db, keeper).applications.addByHand({ title: 'One more', companyName: 'X' }));
    expect(full.code).toBe('CONFLICT');
    expect(full.message).toMatch(/2,000 jobs by hand/);
  });

  it('goes with its owner’s account', async () => {
    const { db } = tdb();
    const owner = await signUpUser(db);
    const added = await callerFor(db, owner).applications.addByHand({ title: 'Welder', companyName: 'Forge & Co' });
    await drainWorkflows();
    await db.delete(users).where(eq(users.id, owner.id));
    expect(await db.select().from(jobs).where(eq(jobs.id, added.jobId))).toEqual([]);
  });
});
