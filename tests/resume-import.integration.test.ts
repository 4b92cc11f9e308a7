import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { education, experience, skills } from '@/server/db/schema';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { callerFor } from './helpers/callers';
import { availableModes, createTestDatabase, type TestDatabase } from './helpers/databases';
import { signUpUser } from './helpers/factories';

const modes = await availableModes();
const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/resumes', name)).toString('base64');

describe.each(modes)('resume import on %s', (mode) => {
  let tdb: TestDatabase;
  beforeAll(async () => {
    tdb = await createTestDatabase(mode);
  });
  afterAll(async () => {
    await drainWorkflows();
    await tdb.destroy();
  });

  async function profileRowCounts(userId: string) {
    const [s, e, ed] = await Promise.all([
      tdb.db.select().from(skills).where(eq(skills.userId, userId)),
      tdb.db.select().from(experience).where(eq(experience.userId, userId)),
      tdb.db.select().from(education).where(eq(education.userId, userId)),
    ]);
    return { skills: s.length, experience: e.length, education: ed.length };
  }

  it.each(['resume.pdf', 'resume.docx', 'resume.txt'])('reads %s into a draft with sources and confidences', async (file) => {
    const u = await signUpUser(tdb.db);
    const draft = await callerFor(tdb.db, u).profile.readResume({ filename: file, contentBase64: fixture(file) });
    expect(draft.contact.email?.value).toMatch(/@example\.com$/);
    expect(draft.experience.length).toBe(3);
    expect(draft.education.length).toBeGreaterThanOrEqual(1);
    expect(draft.skills.map((s) => s.value.name)).toEqual(expect.arrayContaining(['Python', 'SQL']));
    for (const s of draft.skills) {
      expect(s.confidence).toBeGreaterThan(0);
      expect(s.source.text.length).toBeGreaterThan(0);
    }
    // Reading writes nothing.
    expect(await profileRowCounts(u.id)).toEqual({ skills: 0, experience: 0, education: 0 });
  });

  it.each([
    ['scanned.pdf', 'BAD_REQUEST', 'no_text_layer', /no selectable text/i],
    ['fake.pdf', 'BAD_REQUEST', 'type_mismatch', /"fake\.pdf" is named as a PDF but/],
    ['zip-bomb.docx', 'BAD_REQUEST', 'zip_bomb', /rejected for safety/],
    ['corrupt.pdf', 'BAD_REQUEST', 'unreadable', /damaged|cannot be read/i],
  ] as const)('refuses %s with a clear error and writes nothing', async (file, code, reason, message) => {
    const u = await signUpUser(tdb.db);
    const err = await callerFor(tdb.db, u)
      .profile.readResume({ filename: file, contentBase64: fixture(file) })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TRPCError);
    expect((err as TRPCError).code).toBe(code);
    expect((err as TRPCError).message).toMatch(message);
    expect((err as TRPCError).cause).toMatchObject({ details: { reason } });
    expect(await profileRowCounts(u.id)).toEqual({ skills: 0, experience: 0, education: 0 });
  });

  it('refuses an empty file and a file over the limit, naming the limit', async () => {
    const u = await signUpUser(tdb.db);
    const api = callerFor(tdb.db, u).profile;
    const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as TRPCError);
    const empty = await failure(api.readResume({ filename: 'empty.pdf', contentBase64: '' }));
    expect(empty?.code).toBe('BAD_REQUEST');
    expect(empty?.message).toMatch(/empty/i);
    const big = await failure(api.readResume({ filename: 'big.txt', contentBase64: Buffer.alloc(5 * 1024 * 1024 + 10, 0x41).toString('base64') }));
    expect(big?.code).toBe('PAYLOAD_TOO_LARGE');
    expect(big?.message).toMatch(/5 MB/);
    const huge = await failure(api.readResume({ filename: 'huge.txt', contentBase64: Buffer.alloc(7 * 1024 * 1024, 0x41).toString('base64') }));
    expect(huge?.code).toBe('BAD_REQUEST');
    expect(huge?.message).toMatch(/limit is 5 MB/);
    await expect(api.readResume({ text: '   ' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(api.readResume({ text: 'hello there' })).rejects.toMatchObject({ cause: { details: { reason: 'no_resume_content' } } });
    expect(await profileRowCounts(u.id)).toEqual({ skills: 0, experience: 0, education: 0 });
  });

  it('commits a reviewed draft into the profile, skipping what is already there', async () => {
    const u = await signUpUser(tdb.db);
    const api = callerFor(tdb.db, u).profile;
    await api.addSkill({ name: 'python', category: 'technical', proficiencyLevel: 5, yearsOfExperience: 6 });
    const result = await api.commitResumeImport({
      headline: 'Senior Data Analyst',
      skills: [
        { name: 'Python', category: 'technical', proficiencyLevel: 3, yearsOfExperience: 1 },
        { name: 'postgres', category: 'technical', proficiencyLevel: 3, yearsOfExperience: 1 },
      ],
      experience: [{ title: 'Data Analyst', company: 'Acme', startDate: '2021-02-01', isCurrent: true, achievements: ['Built dashboards'] }],
      education: [{ institution: 'State University', degree: 'BSc', fieldOfStudy: 'Statistics' }],
    });
    expect(result).toEqual({
      added: { skills: 1, experience: 1, education: 1, projects: 0, certifications: 0 },
      skipped: { skills: 1, experience: 0, education: 0, projects: 0, certifications: 0 },
    });
    const profile = await api.get();
    expect(profile.headline).toBe('Senior Data Analyst');
    expect(profile.skills.map((s) => s.name).sort()).toEqual(['PostgreSQL', 'Python']);
    // The existing skill kept its own level.
    expect(profile.skills.find((s) => s.name === 'Python')?.proficiencyLevel).toBe(5);
    expect(profile.skillScore.total).toBeGreaterThan(0);
  });

  it('saves nothing when any reviewed entry is invalid', async () => {
    const u = await signUpUser(tdb.db);
    const err = await callerFor(tdb.db, u)
      .profile.commitResumeImport({
        skills: [{ name: 'SQL', category: 'technical', proficiencyLevel: 3, yearsOfExperience: 1 }],
        experience: [{ title: 'Analyst', company: 'Acme', startDate: '2022-05-01', endDate: '2021-01-01' }],
      })
      .catch((e: unknown) => e);
    expect((err as TRPCError).code).toBe('BAD_REQUEST');
    expect((err as TRPCError).message).toMatch(/End date must be after the start date/);
    expect(await profileRowCounts(u.id)).toEqual({ skills: 0, experience: 0, education: 0 });
  });
});

describe('JSON Resume round trip', () => {
  let tdb: TestDatabase;
  beforeAll(async () => {
    tdb = await createTestDatabase('pglite');
  });
  afterAll(async () => {
    await drainWorkflows();
    await tdb.destroy();
  });

  it('exports the profile and reads it back as the same entries', async () => {
    const u = await signUpUser(tdb.db, { firstName: 'Ada', lastName: 'Lovelace' });
    const api = callerFor(tdb.db, u).profile;
    await api.addSkill({ name: 'Python', category: 'technical', proficiencyLevel: 4, yearsOfExperience: 5 });
    await api.addExperience({ title: 'Analyst', company: 'Engines Ltd', startDate: '2020-01-01', endDate: '2022-06-01', achievements: ['Wrote the first program'] });
    await api.addEducation({ institution: 'Home', degree: 'Mathematics' });
    await api.commitResumeImport({
      projects: [{ name: 'Difference Engine notes', description: 'Annotated translation', highlights: ['Note G'] }],
      certifications: [
        { name: 'Analytical Engine Operator', issuer: 'Royal Society', issuedOn: '2021-01-01', issuedOnPrecision: 'year' },
      ],
    });
    const json = await api.exportJsonResume();
    // Projects and certificates leave with the rest, the date as precisely as it is known.
    expect(json.projects).toEqual([{ name: 'Difference Engine notes', description: 'Annotated translation', highlights: ['Note G'] }]);
    expect(json.certificates).toEqual([{ name: 'Analytical Engine Operator', issuer: 'Royal Society', date: '2021' }]);
    expect(json.basics?.name).toBe('Ada Lovelace');
    expect(json.work?.[0]).toMatchObject({ name: 'Engines Ltd', position: 'Analyst', highlights: ['Wrote the first program'] });
    const draft = await api.readJsonResume({ json: JSON.stringify(json) });
    expect(draft.skills.map((s) => s.value.name)).toContain('Python');
    expect(draft.experience[0]?.value).toMatchObject({ title: 'Analyst', company: 'Engines Ltd', startDate: '2020-01-01' });
    expect(draft.projects.map((p) => p.value.name)).toEqual(['Difference Engine notes']);
    expect(draft.certifications.map((c) => c.value)).toEqual([
      { name: 'Analytical Engine Operator', issuer: 'Royal Society', date: '2021-01-01', precision: 'year' },
    ]);
    await expect(api.readJsonResume({ json: '{not json' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(api.readJsonResume({ json: '{not json' })).rejects.toThrow(/not valid JSON/);
  });
});
