/**
 * The documents procedures end to end on both databases: generation through the workflow (in
 * process), progress, owner checks (another user gets NOT_FOUND), versions, edits that go through
 * the truthfulness validator, the section diff, templates, attaching a version to an application,
 * idempotency of the stored version under retries, and the typed error for an empty profile.
 */
import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ResumeContent } from '@/lib/validators/documents';
import {
  applications,
  companyMembers,
  documentGenerationRequests,
  generatedDocuments,
  notifications,
} from '@/server/db/schema';
import type { Database } from '@/server/db';
import { logger } from '@/server/logger';
import { exportDocument } from '@/server/services/documents/export';
import { runGeneration } from '@/server/services/documents/generation/run-generation';
import { templateOrDefault } from '@/server/services/documents/templates';
import { drainWorkflows } from '@/server/workflows/dispatch';
import type { WorkflowStep } from '~/inngest/workflow';
import { callerFor } from './helpers/callers';
import { availableModes } from './helpers/databases';
import { signUpUser } from './helpers/factories';
import { insertCompany, insertJob } from './helpers/jobs';
import { generated, insertAnalystJob, seekerWithProfile, type Caller } from './helpers/document-seeker';
import { useTestDatabase } from './helpers/test-database-hooks';

const modes = await availableModes();

async function expectCode(p: Promise<unknown>, code: string) {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(TRPCError);
  expect((err as TRPCError).code).toBe(code);
  return err as TRPCError;
}

describe.each(modes)('documents procedures on %s', (mode) => {
  const database = useTestDatabase(mode);
  let db: Database;
  let me: Caller;
  let other: Caller;
  let userId: string;
  let jobId: string;
  let first: Awaited<ReturnType<typeof generated>>;

  beforeAll(async () => {
    db = database().db;
    const seeker = await seekerWithProfile(db);
    me = seeker.me;
    userId = seeker.user.id;
    other = callerFor(db, await signUpUser(db));
    const job = await insertAnalystJob(db, ['Nice to have:', '- Experience with Snowflake']);
    jobId = job.id;
    await drainWorkflows();
    first = await generated(me, { jobId, kind: 'resume' });
  }, 120_000);

  it('generates a resume: stored version, quality, template, zero removals, a notification', async () => {
    const v = await me.documents.get({ id: first.versionId });
    expect(v).toMatchObject({ version: 1, status: 'generated', kind: 'resume', templateId: 'ats-friendly', parentId: null });
    expect(v.jobTitle).toBe('Senior Data Analyst');
    expect(v.metadata.removals).toEqual([]);
    expect(v.metadata.aiModel).toBe('offline');
    const content = v.content as ResumeContent;
    expect(content.person.name).toBe('Dana Reyes');
    expect(content.sections.map((s) => s.title)).toEqual(['Summary', 'Experience', 'Skills', 'Education']);
    const skills = content.sections.find((s) => s.type === 'skills');
    // The job's required skills the seeker has come first.
    expect(skills?.type === 'skills' && skills.items.slice(0, 2).map((i) => i.name)).toEqual(['SQL', 'Tableau']);
    expect(v.metadata.quality.keywordCoverageAfter).toBe(1);
    // The job's listed skills, as its match explanation counts them; Python, named only in a
    // duty line, is written about but not counted.
    expect(v.metadata.quality.keywordsUsed).toEqual(['SQL', 'Tableau']);
    expect(v.metadata.qualityScore).toBeGreaterThan(50);
    const notes = await db.select().from(notifications).where(eq(notifications.userId, userId));
    expect(notes.filter((n) => n.link === `/documents/${first.versionId}`)).toHaveLength(1);
  });

  it('answers NOT_FOUND to another user for every procedure naming the document', async () => {
    await expectCode(other.documents.get({ id: first.versionId }), 'NOT_FOUND');
    await expectCode(other.documents.progress({ requestId: first.requestId }), 'NOT_FOUND');
    await expectCode(other.documents.versions({ documentId: first.documentId ?? '' }), 'NOT_FOUND');
    await expectCode(other.documents.diff({ fromId: first.versionId, toId: first.versionId }), 'NOT_FOUND');
    await expectCode(other.documents.setStatus({ id: first.versionId, status: 'finalized' }), 'NOT_FOUND');
    const v = await me.documents.get({ id: first.versionId });
    await expectCode(other.documents.saveEdit({ id: first.versionId, content: v.content }), 'NOT_FOUND');
    expect(await other.documents.list()).toEqual([]);
  });

  it('saves an edit as a new version; rewording stays, invented facts are removed and reported', async () => {
    const v = await me.documents.get({ id: first.versionId });
    const content = structuredClone(v.content) as ResumeContent;
    const exp = content.sections.find((s) => s.type === 'experience');
    if (exp?.type !== 'experience') throw new Error('no experience section');
    const role = exp.items[0];
    if (!role) throw new Error('no role');
    role.bullets[0] = { text: 'Designed the Tableau dashboards 40 account managers use every week', factIds: [role.factId] };
    role.bullets.push({ text: 'Increased revenue 300% in one quarter', factIds: [role.factId] });
    role.company = 'Google';
    const edited = await me.documents.saveEdit({ id: first.versionId, content });
    expect(edited).toMatchObject({ version: 2, status: 'edited', parentId: first.versionId, documentId: first.documentId });
    const removed = edited.metadata.removals.map((r) => r.value);
    expect(removed).toEqual(expect.arrayContaining(['Google', 'Increased revenue 300% in one quarter']));
    const stored = JSON.stringify(edited.content);
    expect(stored).toContain('Designed the Tableau dashboards 40 account managers use every week');
    expect(stored).not.toContain('300%');
    expect(stored).not.toContain('Google');
    expect(stored).toContain('Initech');

    const versions = await me.documents.versions({ documentId: first.documentId ?? '' });
    expect(versions.map((x) => x.version)).toEqual([1, 2]);
    const list = await me.documents.list();
    expect(list.filter((d) => d.documentId === first.documentId).map((d) => d.version)).toEqual([2]);

    const diff = await me.documents.diff({ fromId: first.versionId, toId: edited.id });
    const experience = diff.sections.find((s) => s.section === 'Experience');
    expect(experience?.changes.some((c) => c.added && c.value.includes('Designed'))).toBe(true);
    expect(experience?.changes.some((c) => c.removed && c.value.includes('Cut'))).toBe(true);
    const summary = diff.sections.find((s) => s.section === 'Summary');
    expect(summary?.changes.every((c) => !c.added && !c.removed)).toBe(true);
  });

  it('gives a version\'s length as the pages its PDF fills, not a words-per-page estimate', async () => {
    // A new-user walk saw "380 words · 1 page" beside a 2-page PDF.
    const pdfPages = async (content: ResumeContent, templateId: string) => {
      const pdf = await exportDocument(content, templateOrDefault(templateId), 'pdf');
      return (Buffer.from(pdf.bytes).toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;
    };
    const v = await me.documents.get({ id: first.versionId });
    expect(v.metadata.quality.pages).toBe(await pdfPages(v.content as ResumeContent, v.templateId));
    // Long reworded paragraphs: many words on few lines.
    const content = structuredClone(v.content) as ResumeContent;
    const summary = content.sections.find((s) => s.type === 'summary');
    if (summary?.type !== 'summary') throw new Error('no summary');
    const sentence = 'I like turning messy questions into clear answers that people can act on without a long meeting. ';
    const cited = summary.paragraphs[0]?.factIds ?? [];
    summary.paragraphs = Array.from({ length: 4 }, () => ({ text: sentence.repeat(19).trim(), factIds: cited }));
    const edited = await me.documents.saveEdit({ id: first.versionId, content });
    expect(edited.metadata.removals).toEqual([]);
    expect(edited.metadata.quality.wordCount).toBeGreaterThan(1_300);
    expect(edited.metadata.quality.pages).toBe(await pdfPages(edited.content as ResumeContent, edited.templateId));
  });

  it('saves no new version when all the edit changed was left out, and says which statement', async () => {
    const before = await me.documents.versions({ documentId: first.documentId ?? '' });
    const content = structuredClone((await me.documents.get({ id: first.versionId })).content) as ResumeContent;
    const exp = content.sections.find((s) => s.type === 'experience');
    const role = exp?.type === 'experience' ? exp.items[0] : undefined;
    if (!role) throw new Error('no role');
    role.bullets.push({ text: 'Grew revenue by 300% as VP of Engineering at Google', factIds: [role.factId] });
    const refused = await me.documents.saveEdit({ id: first.versionId, content }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'BAD_REQUEST' });
    expect((refused as Error).message).toContain('Grew revenue by 300% as VP of Engineering at Google');
    // Unchanged, too: nothing to save.
    const same = structuredClone((await me.documents.get({ id: first.versionId })).content);
    await expect(me.documents.saveEdit({ id: first.versionId, content: same })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await me.documents.versions({ documentId: first.documentId ?? '' })).toHaveLength(before.length);
  });

  it('refuses an edit that changes the document kind', async () => {
    await expectCode(
      me.documents.saveEdit({
        id: first.versionId,
        content: {
          kind: 'cover_letter',
          person: { name: 'Dana Reyes', email: null, headline: null, location: null },
          recipient: { company: 'X', jobTitle: 'Y' },
          date: '2026-01-01',
          greeting: 'Hi',
          paragraphs: [{ text: 'Hello.', factIds: [] }],
          closing: 'Bye',
        },
      }),
      'BAD_REQUEST',
    );
  });

  it('sets the status, and a default template that later generations use', async () => {
    expect(await me.documents.setStatus({ id: first.versionId, status: 'finalized' })).toMatchObject({ status: 'finalized' });
    expect((await me.documents.templates()).defaultTemplateId).toBe('ats-friendly');
    await expectCode(me.documents.setDefaultTemplate({ templateId: 'no-such' }), 'NOT_FOUND');
    const t = await me.documents.setDefaultTemplate({ templateId: 'modern' });
    expect(t.defaultTemplateId).toBe('modern');
    expect(t.templates.length).toBeGreaterThanOrEqual(4);
    const next = await generated(me, { jobId, kind: 'resume', length: 'short' });
    const v = await me.documents.get({ id: next.versionId });
    expect(v.templateId).toBe('modern');
    expect(v.template.layout).toBe('two-column');
    expect(v.content.kind === 'resume' && v.content.sections.map((s) => s.title)).toEqual([
      'Profile',
      'Experience',
      'Education',
      'Skills',
    ]);
    await me.documents.setDefaultTemplate({ templateId: 'ats-friendly' });
  });

  it('writes a cover letter naming the company and title, with two achievements quoted from the profile', async () => {
    const letter = await generated(me, { jobId, kind: 'cover_letter', tone: 'warm' });
    const v = await me.documents.get({ id: letter.versionId });
    if (v.content.kind !== 'cover_letter') throw new Error('not a letter');
    expect(v.content.recipient).toEqual({ company: 'Umbrella Analytics', jobTitle: 'Senior Data Analyst' });
    const text = v.content.paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain('Senior Data Analyst');
    expect(text).toContain('Umbrella Analytics');
    // The best-matching achievement of each of the two most relevant roles, as the profile says it.
    expect(text).toContain('As Data Analyst at Initech, I cut the monthly close report from 3 days to 4 hours with SQL automation.');
    expect(text).toContain('As Reporting Assistant at Globex');
    expect(v.metadata.removals).toEqual([]);
  });

  it('attaches a version to the caller’s application, and to no one else’s', async () => {
    const app = await me.applications.applyToJob({ jobId });
    await expectCode(other.documents.attachToApplication({ versionId: first.versionId, applicationId: app.applicationId }), 'NOT_FOUND');
    const otherApp = await other.applications.applyToJob({ jobId });
    await expectCode(me.documents.attachToApplication({ versionId: first.versionId, applicationId: otherApp.applicationId }), 'NOT_FOUND');
    expect(await me.documents.attachToApplication({ versionId: first.versionId, applicationId: app.applicationId })).toEqual({
      applicationId: app.applicationId,
      versionId: first.versionId,
    });
    const [row] = await db.select().from(applications).where(eq(applications.id, app.applicationId));
    expect(row?.documentVersionId).toBe(first.versionId);
    expect((await me.documents.get({ id: first.versionId })).applicationId).toBe(app.applicationId);
    const [theirs] = await db.select().from(applications).where(eq(applications.id, otherApp.applicationId));
    expect(theirs?.documentVersionId).toBeNull();
  });

  it('stores one version per request however often a step is retried', async () => {
    const { requestId } = await me.documents.generate({ jobId, kind: 'resume' });
    await drainWorkflows();
    // A crash right after the version was written, before the step was memoized: the retry runs
    // store-version again, and the idempotency key hands back the version already stored.
    let crashed = false;
    const crashingStep: WorkflowStep = {
      async run<T>(id: string, fn: () => Promise<T>) {
        const result = await fn();
        if (id === 'store-version' && !crashed) {
          crashed = true;
          throw new Error('worker lost after the write');
        }
        return result;
      },
      sleep: () => Promise.resolve(),
    };
    await expect(runGeneration(db, requestId, crashingStep, { model: null, logger })).rejects.toThrow('worker lost');
    const plain: WorkflowStep = { run: (_id, fn) => fn(), sleep: () => Promise.resolve() };
    const again = await runGeneration(db, requestId, plain, { model: null, logger });
    const twice = await runGeneration(db, requestId, plain, { model: null, logger });
    expect(again.versionId).toBe(twice.versionId);
    const rows = await db
      .select({ id: generatedDocuments.id })
      .from(generatedDocuments)
      .where(eq(generatedDocuments.idempotencyKey, `generate:${requestId}`));
    expect(rows).toHaveLength(1);
    const progress = await me.documents.progress({ requestId });
    expect(progress).toMatchObject({ status: 'done', versionId: rows[0]?.id });
    const notes = await db.select().from(notifications).where(eq(notifications.dedupeKey, `document:${requestId}`));
    expect(notes).toHaveLength(1);
  });

  it('refuses an empty profile with PRECONDITION_FAILED naming what to add, and stores nothing', async () => {
    const empty = await signUpUser(db);
    const caller = callerFor(db, empty);
    const err = await expectCode(caller.documents.generate({ jobId, kind: 'resume' }), 'PRECONDITION_FAILED');
    expect(err.message).toMatch(/Experience/);
    expect(err.message).toMatch(/Skills/);
    const requests = await db.select().from(documentGenerationRequests).where(eq(documentGenerationRequests.userId, empty.id));
    expect(requests).toEqual([]);
    expect(await caller.documents.list()).toEqual([]);
  });

  it('answers NOT_FOUND for a job that does not exist and BAD_REQUEST for an unknown template', async () => {
    await expectCode(me.documents.generate({ jobId: '00000000-0000-4000-8000-000000000000', kind: 'resume' }), 'NOT_FOUND');
    await expectCode(me.documents.generate({ jobId, kind: 'resume', templateId: 'no-such-template' }), 'BAD_REQUEST');
  });

  it('works for a job with a one-line description from its title and skills', async () => {
    const bare = await insertJob(db, { title: 'Python Developer', companyName: 'Tiny Co', description: 'Apply now.', requiredSkills: ['Python'] });
    const doc = await generated(me, { jobId: bare.id, kind: 'resume' });
    const v = await me.documents.get({ id: doc.versionId });
    expect(v.metadata.removals).toEqual([]);
    expect(v.metadata.quality.keywordsUsed).toEqual(['Python']);
  });

  it('says coverage is not measured when the job asks for none of the seeker’s skills', async () => {
    const other = await insertJob(db, {
      title: 'Welder',
      companyName: 'Forge Works',
      description: 'Requirements:\n- MIG and TIG welding\n- Blueprint reading',
      requiredSkills: ['Welding', 'Blueprint Reading'],
    });
    const doc = await generated(me, { jobId: other.id, kind: 'resume' });
    const { quality } = (await me.documents.get({ id: doc.versionId })).metadata;
    // Not "100 %" of nothing: the page shows "—" when no skill was targeted.
    expect(quality.keywordsTargeted).toBe(0);
    expect(quality.keywordsUsed).toEqual([]);
  });

  it("counts the same required skills as the job's match explanation, not every skill the posting names", async () => {
    // The posting lists SQL and Tableau as required and names Python only in a duty line: the job
    // page says "You have all 2 required skills", so the card must not say "3 of 3".
    const match = await me.matching.forJob({ jobId });
    expect(match.match.matchedSkills.sort()).toEqual(['SQL', 'Tableau']);
    const { quality } = (await me.documents.get({ id: first.versionId })).metadata;
    expect(quality.keywordsTargeted).toBe(match.match.matchedSkills.length);
    expect([...quality.keywordsUsed].sort()).toEqual(['SQL', 'Tableau']);
  });

  it('counts a required skill as shown only where the document names it, and names what it lacks', async () => {
    // The seeker has PostgreSQL, which matching counts as SQL; the walk saw the card say SQL was
    // shown when only "PostgreSQL" was, and "5 of 5" where the job page said "5 of the 6".
    const pg = await signUpUser(db);
    const pgMe = callerFor(db, pg);
    await pgMe.profile.addSkill({ name: 'PostgreSQL', category: 'technical', proficiencyLevel: 4, yearsOfExperience: 3 });
    await pgMe.profile.addSkill({ name: 'Python', category: 'technical', proficiencyLevel: 4, yearsOfExperience: 3 });
    await pgMe.profile.addExperience({
      title: 'Database Developer',
      company: 'Initech',
      startDate: '2020-01-01',
      isCurrent: true,
      description: 'Tuned PostgreSQL queries for reporting.',
    });
    const sqlJob = await insertJob(db, {
      title: 'Data Engineer',
      companyName: 'Umbrella Data',
      description: 'Build pipelines.',
      requiredSkills: ['SQL', 'Python', 'Tableau'],
    });
    await drainWorkflows();
    const match = await pgMe.matching.forJob({ jobId: sqlJob.id });
    expect(match.match.matchedSkills.sort()).toEqual(['Python', 'SQL']);
    const doc = await generated(pgMe, { jobId: sqlJob.id, kind: 'resume' });
    const { quality } = (await pgMe.documents.get({ id: doc.versionId })).metadata;
    expect(quality.keywordsTargeted).toBe(2);
    expect(quality.keywordsUsed).toEqual(['Python']);
    expect(quality.keywordsNotShown).toEqual(['SQL']);
    expect(quality.keywordsLacking).toEqual(['Tableau']);
  });

  it('gives no coverage points to a document for a job that asks only for skills the seeker lacks', async () => {
    const other = await insertJob(db, {
      title: 'Pipe Welder',
      companyName: 'Forge Works',
      description: 'Requirements:\n- TIG welding',
      requiredSkills: ['Welding'],
    });
    const doc = await generated(me, { jobId: other.id, kind: 'resume' });
    const fitting = (await me.documents.get({ id: first.versionId })).metadata.qualityScore;
    const { qualityScore } = (await me.documents.get({ id: doc.versionId })).metadata;
    // The list read "quality 100/100" beside coverage "—": half the score is coverage.
    expect(qualityScore).toBeLessThanOrEqual(50);
    expect(fitting).toBeGreaterThan(50);
  });

  it("lets a recruiter of the hiring company read the attached version, and no other recruiter", async () => {
    const company = await insertCompany(db, `Hiring ${Date.now()}`);
    const other = await insertCompany(db, `Other ${Date.now()}`);
    const recruiter = await signUpUser(db, { role: 'recruiter' });
    const stranger = await signUpUser(db, { role: 'recruiter' });
    await db.insert(companyMembers).values([
      { companyId: company.id, userId: recruiter.id },
      { companyId: other.id, userId: stranger.id },
    ]);
    const job = await insertJob(db, { title: 'Data Analyst', companyId: company.id, companyName: company.name, requiredSkills: ['SQL'] });
    const app = await me.applications.applyToJob({ jobId: job.id });
    const asRecruiter = callerFor(db, recruiter);
    await expectCode(asRecruiter.documents.forApplication({ applicationId: app.applicationId }), 'NOT_FOUND');
    const doc = await generated(me, { jobId: job.id, kind: 'resume', applicationId: app.applicationId });
    await me.documents.attachToApplication({ versionId: doc.versionId, applicationId: app.applicationId });
    const seen = await asRecruiter.documents.forApplication({ applicationId: app.applicationId });
    expect(seen).toMatchObject({ applicationId: app.applicationId, versionId: doc.versionId, kind: 'resume', version: 1 });
    expect(JSON.stringify(seen)).not.toContain('removals');
    await expectCode(callerFor(db, stranger).documents.forApplication({ applicationId: app.applicationId }), 'NOT_FOUND');
    await expectCode(me.documents.forApplication({ applicationId: app.applicationId }), 'FORBIDDEN');
  });
});
