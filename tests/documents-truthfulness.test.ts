/**
 * The language-model path, driven by the AI SDK's mock model returning what a model makes up:
 * invented employers, an inflated title, skills the seeker lacks, fake metrics and wrong dates.
 * The truthfulness validator catches every one before the version is stored: the stored content
 * holds none of them and the removal report names each. A failing model falls back to the
 * offline writer. Runs the generation steps for real, on the PostgreSQL server when there is one.
 */
import { randomUUID } from 'node:crypto';
import { MockLanguageModelV3 } from 'ai/test';
import { beforeAll, describe, expect, it } from 'vitest';
import { PERSON_FACT_IDS } from '@/lib/validators/documents';
import type { Database } from '@/server/db';
import { documentGenerationRequests } from '@/server/db/schema';
import { logger } from '@/server/logger';
import { runGeneration } from '@/server/services/documents/generation/run-generation';
import { PROMPT_VERSION } from '@/server/services/documents/model/write-with-model';
import { getDocumentStore } from '@/server/services/documents/store';
import { drainWorkflows } from '@/server/workflows/dispatch';
import type { WorkflowStep } from '~/inngest/workflow';
import { callerFor } from './helpers/callers';
import { availableModes } from './helpers/databases';
import { signUpUser } from './helpers/factories';
import { insertJob } from './helpers/jobs';
import { useTestDatabase } from './helpers/test-database-hooks';

const mode = (await availableModes()).at(-1) ?? 'pglite';
const steps: WorkflowStep = { run: (_id, fn) => fn(), sleep: () => Promise.resolve() };

function modelReturning(object: unknown) {
  return new MockLanguageModelV3({
    provider: 'mock',
    modelId: 'liar-1',
    doGenerate: () =>
      Promise.resolve({
        content: [{ type: 'text', text: JSON.stringify(object) }],
        finishReason: { unified: 'stop', raw: 'stop' },
        usage: {
          inputTokens: { total: 100, noCache: 100, cacheRead: 0, cacheWrite: 0 },
          outputTokens: { total: 50, text: 50, reasoning: 0 },
        },
        warnings: [],
      }),
  });
}

describe('language-model documents are checked against the profile', () => {
  const database = useTestDatabase(mode);
  let db: Database;
  let userId: string;
  let jobId: string;
  let ids: { initech: string; globex: string; sql: string; tableau: string };

  async function generateWith(model: MockLanguageModelV3 | null, kind: 'resume' | 'cover_letter') {
    const [request] = await db
      .insert(documentGenerationRequests)
      .values({ userId, jobId, kind, templateId: 'ats-friendly' })
      .returning({ id: documentGenerationRequests.id });
    if (!request) throw new Error('no request');
    const result = await runGeneration(db, request.id, steps, { model, logger });
    expect(result.status).toBe('done');
    const stored = await (await getDocumentStore(db)).getVersion(result.versionId ?? '');
    if (!stored) throw new Error('no stored version');
    return stored;
  }

  beforeAll(async () => {
    db = database().db;
    const user = await signUpUser(db, { firstName: 'Dana', lastName: 'Reyes' });
    userId = user.id;
    const me = callerFor(db, user);
    await me.users.updateProfile({ professionalHeadline: 'Data Analyst' });
    const sql = await me.profile.addSkill({ name: 'SQL', category: 'technical', proficiencyLevel: 4, yearsOfExperience: 5 });
    const tableau = await me.profile.addSkill({ name: 'Tableau', category: 'technical', proficiencyLevel: 3, yearsOfExperience: 2 });
    const initech = await me.profile.addExperience({
      title: 'Data Analyst',
      company: 'Initech',
      startDate: '2020-01-01',
      isCurrent: true,
      achievements: ['Built Tableau dashboards used by 40 account managers', 'Cut report time by 30% with SQL automation'],
    });
    const globex = await me.profile.addExperience({
      title: 'Reporting Assistant',
      company: 'Globex',
      startDate: '2017-06-01',
      endDate: '2019-12-01',
      description: 'Prepared Excel reports for the finance team.',
    });
    const find = <T extends { id: string }>(rows: T[], pick: (r: T) => boolean) => rows.find(pick)?.id ?? '';
    ids = {
      initech: find(initech.experience, (e) => e.company === 'Initech'),
      globex: find(globex.experience, (e) => e.company === 'Globex'),
      sql: find(tableau.skills, (s) => s.name === 'SQL'),
      tableau: find(tableau.skills, (s) => s.name === 'Tableau'),
    };
    expect(sql.skills).toHaveLength(1);
    jobId = (
      await insertJob(db, {
        title: 'Senior Data Analyst',
        companyName: 'Umbrella Analytics',
        description: 'Dashboards in Tableau, SQL reporting, Kubernetes is a plus.',
        requiredSkills: ['SQL', 'Tableau'],
      })
    ).id;
    await drainWorkflows();
  }, 60_000);

  it('removes invented employers, inflated titles, missing skills, fake metrics and wrong dates from a resume', async () => {
    const lies = {
      summary: [
        { text: 'Data Analyst with SQL and Tableau.', factIds: [PERSON_FACT_IDS.headline, ids.sql, ids.tableau] },
        { text: 'Increased revenue 300% across three regions.', factIds: [ids.initech] },
        { text: 'Expert in Kubernetes and Rust.', factIds: [ids.sql] },
      ],
      experience: [
        {
          factId: ids.initech,
          title: 'VP of Analytics',
          company: 'Google',
          startDate: '2015-01',
          endDate: null,
          bullets: [
            { text: 'Built Tableau dashboards used by 40 account managers', factIds: [ids.initech] },
            { text: 'Increased revenue 300% by launching a pricing model', factIds: [ids.initech] },
            { text: 'Cut report time by 30% with SQL automation.', factIds: [ids.initech] },
            { text: 'Ran a Kubernetes platform for the data team', factIds: [ids.initech] },
            { text: 'Partnered with Microsoft on a data sharing deal', factIds: [ids.initech] },
          ],
        },
        {
          factId: ids.globex,
          title: 'Reporting Assistant',
          company: 'Globex',
          startDate: '2017-06',
          endDate: '2021-12',
          bullets: [{ text: 'Prepared Excel reports for the finance team.', factIds: [ids.globex] }],
        },
        {
          factId: randomUUID(),
          title: 'Senior Engineer',
          company: 'Meta',
          startDate: '2012-01',
          endDate: '2014-12',
          bullets: [{ text: 'Scaled the news feed', factIds: [] }],
        },
      ],
      skills: [
        { factId: ids.sql, name: 'SQL' },
        { factId: ids.tableau, name: 'Tableau' },
        { factId: ids.sql, name: 'Kubernetes' },
        { factId: randomUUID(), name: 'Rust' },
      ],
    };
    const v = await generateWith(modelReturning(lies), 'resume');
    expect(v.metadata).toMatchObject({ aiModel: 'mock/liar-1', promptVersion: PROMPT_VERSION, fallbackReason: null });

    const stored = JSON.stringify(v.content);
    for (const lie of ['Google', 'VP of Analytics', '300%', 'Kubernetes', 'Rust', 'Meta', 'Senior Engineer', '2015-01', '2021-12', 'Microsoft', 'news feed']) {
      expect(stored, `${lie} reached the stored document`).not.toContain(lie);
    }
    if (v.content.kind !== 'resume') throw new Error('not a resume');
    const experience = v.content.sections.find((s) => s.type === 'experience');
    if (experience?.type !== 'experience') throw new Error('no experience');
    expect(experience.items.map((i) => [i.title, i.company, i.start.date, i.end.date, i.isCurrent])).toEqual([
      ['Data Analyst', 'Initech', '2020-01-01', null, true],
      ['Reporting Assistant', 'Globex', '2017-06-01', '2019-12-01', false],
    ]);
    // What is true survives, in the model's wording.
    expect(experience.items[0]?.bullets.map((b) => b.text)).toEqual([
      'Built Tableau dashboards used by 40 account managers',
      'Cut report time by 30% with SQL automation.',
    ]);
    const skills = v.content.sections.find((s) => s.type === 'skills');
    expect(skills?.type === 'skills' && skills.items.map((s) => s.name)).toEqual(['SQL', 'Tableau']);

    const report = v.metadata.removals.map((r) => `${r.path} | ${r.value}`);
    const expected = [
      ['sections.1.items.0.title', 'VP of Analytics'],
      ['sections.1.items.0.company', 'Google'],
      ['sections.1.items.0.start', '2015-01-01'],
      ['sections.1.items.0.bullets.1', 'Increased revenue 300% by launching a pricing model'],
      ['sections.1.items.0.bullets.3', 'Ran a Kubernetes platform for the data team'],
      ['sections.1.items.0.bullets.4', 'Partnered with Microsoft on a data sharing deal'],
      ['sections.1.items.1.end', '2021-12-01'],
      ['sections.1.items.2', 'Senior Engineer at Meta'],
      ['sections.2.items.2', 'Kubernetes'],
      ['sections.2.items.3', 'Rust'],
      ['sections.0.paragraphs.1', 'Increased revenue 300% across three regions.'],
      ['sections.0.paragraphs.2', 'Expert in Kubernetes and Rust.'],
    ].map(([path, value]) => `${path} | ${value}`);
    expect(report.sort()).toEqual(expected.sort());
    for (const r of v.metadata.removals) expect(r.reason.length).toBeGreaterThan(10);
    // A sentence with several untraceable claims names every one, so one edit can fix them all.
    const reasonAt = (path: string) => v.metadata.removals.find((r) => r.path === path)?.reason;
    expect(reasonAt('sections.0.paragraphs.2')).toBe('"Kubernetes" and "Rust" are not among your skills.');
  });

  it('removes invented employers and metrics from a cover letter and keeps the company and title from the job', async () => {
    const lies = {
      greeting: 'Dear Umbrella Analytics team,',
      paragraphs: [
        { text: 'I am excited to apply for the Senior Data Analyst role at Umbrella Analytics.', factIds: [] },
        { text: 'At Google I grew revenue by 300%. At Initech I built Tableau dashboards used by 40 account managers.', factIds: [ids.initech] },
        { text: 'I hold a PhD from Stanford and 12 years of Python.', factIds: [ids.sql] },
        { text: 'I would love to bring my SQL skills to your team.', factIds: [ids.sql] },
      ],
      closing: 'Best regards,',
    };
    const v = await generateWith(modelReturning(lies), 'cover_letter');
    if (v.content.kind !== 'cover_letter') throw new Error('not a letter');
    expect(v.content.recipient).toEqual({ company: 'Umbrella Analytics', jobTitle: 'Senior Data Analyst' });
    expect(v.content.paragraphs.map((p) => p.text)).toEqual([
      'I am excited to apply for the Senior Data Analyst role at Umbrella Analytics.',
      'At Initech I built Tableau dashboards used by 40 account managers.',
      'I would love to bring my SQL skills to your team.',
    ]);
    const stored = JSON.stringify(v.content);
    for (const lie of ['Google', '300%', 'Stanford', 'PhD', 'Python', '12 years']) expect(stored).not.toContain(lie);
    expect(v.metadata.removals.map((r) => r.value).sort()).toEqual(
      ['At Google I grew revenue by 300%.', 'I hold a PhD from Stanford and 12 years of Python.'].sort(),
    );
    expect(v.metadata.removals.map((r) => r.reason).sort()).toEqual(
      [
        'The number 300 is not in the profile facts this text cites. "Google" does not appear in your profile.',
        'The number 12 is not in the profile facts this text cites. "Python" is not one of your skills. "Stanford" does not appear in your profile.',
      ].sort(),
    );
  });

  it('falls back to the offline writer when the model fails, and says why', async () => {
    const failing = new MockLanguageModelV3({
      provider: 'mock',
      modelId: 'down-1',
      doGenerate: () => Promise.reject(new Error('model unavailable')),
    });
    const v = await generateWith(failing, 'resume');
    expect(v.metadata.aiModel).toBe('offline');
    expect(v.metadata.promptVersion).toBeNull();
    expect(v.metadata.fallbackReason).toContain('model unavailable');
    expect(v.metadata.removals).toEqual([]);
    expect(JSON.stringify(v.content)).toContain('Initech');
  });
});
