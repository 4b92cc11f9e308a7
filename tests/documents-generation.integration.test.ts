/**
 * The offline writer on real data: the seeded demo seeker and real resumes (../shared/data/resumes,
 * imported through the same procedures the import page uses), each tailored to real postings
 * (../shared/data/jobs/glassdoor-ds). Every resume and cover letter passes the truthfulness
 * validator with zero removals, says something (roles or skills), and leads with the job's
 * required skills the seeker has.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/server/db';
import { ensureDemoProfile } from '@/server/services/seed/demo-profile';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { parseCsvRecords } from '../scripts/eval/csv';
import { importAsNewUser } from '../scripts/eval/match/import-user';
import { loadResumeQueries } from '../scripts/eval/match/resumes';
import { callerFor } from './helpers/callers';
import { availableModes } from './helpers/databases';
import { signUpUser } from './helpers/factories';
import { insertJob } from './helpers/jobs';
import { useTestDatabase } from './helpers/test-database-hooks';
import { sharedData } from './helpers/shared-data';

const modes = await availableModes();
const SHARED = sharedData();
const RESUME_COUNT = 6;

/** The first resume of each of the first categories: different trades, deterministic. */
function sampleResumes() {
  const byCategory = new Map<string, string>();
  for (const q of loadResumeQueries(path.join(SHARED, 'resumes', 'UpdatedResumeDataSet.csv'))) {
    if (!byCategory.has(q.category) && q.text.length > 800) byCategory.set(q.category, q.text);
    if (byCategory.size === RESUME_COUNT) break;
  }
  return [...byCategory.entries()];
}

function samplePostings() {
  const rows = parseCsvRecords(readFileSync(path.join(SHARED, 'jobs', 'glassdoor-ds', 'glassdoor_jobs.csv'), 'utf8'));
  return rows
    .filter((r) => (r['Job Description'] ?? '').length > 500)
    .slice(0, 3)
    .map((r) => ({
      title: (r['Job Title'] ?? 'Data Scientist').slice(0, 200),
      // Glassdoor appends the rating to the name ("Tecolote Research\n3.8").
      companyName: (r['Company Name'] ?? 'Company').split('\n')[0]?.trim().slice(0, 200) || 'Company',
      description: r['Job Description'] ?? '',
    }));
}

describe.each(modes)('offline generation on real profiles (%s)', (mode) => {
  const database = useTestDatabase(mode);
  let db: Database;
  let jobIds: string[];
  const seekers: { label: string; user: { id: string } }[] = [];

  beforeAll(async () => {
    db = database().db;
    jobIds = [];
    for (const p of samplePostings()) jobIds.push((await insertJob(db, { ...p, requiredSkills: ['Python', 'SQL'] })).id);
    const demo = await signUpUser(db, { firstName: 'Demo', lastName: 'Seeker' });
    await ensureDemoProfile(db, demo.id);
    seekers.push({ label: 'demo seeker', user: demo });
    for (const [i, [category, text]] of sampleResumes().entries()) {
      const imported = await importAsNewUser(db, `resume${i}.${Date.now()}@example.com`, `Resume${i}`, text);
      seekers.push({ label: `${category} resume`, user: { id: imported.userId } });
    }
    await drainWorkflows();
  }, 300_000);

  it('imported every sampled resume', () => {
    expect(seekers).toHaveLength(RESUME_COUNT + 1);
  });

  it('writes resumes and cover letters with zero removals for every profile', async () => {
    const failures: string[] = [];
    for (const [i, { label, user }] of seekers.entries()) {
      const me = callerFor(db, { id: user.id, role: 'seeker' });
      const jobId = jobIds[i % jobIds.length] ?? '';
      const profile = await me.profile.get();
      const hasContent = profile.experience.length > 0 || profile.skills.length > 0;
      for (const kind of ['resume', 'cover_letter'] as const) {
        const generation = await me.documents
          .generate({ jobId, kind })
          .catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
        if (!hasContent) {
          // A resume the importer found nothing in is refused, never padded with a sample.
          expect(generation, label).toMatchObject({ code: 'PRECONDITION_FAILED' });
          continue;
        }
        if (generation instanceof Error) throw generation;
        await drainWorkflows();
        const progress = await me.documents.progress({ requestId: generation.requestId });
        expect(progress.status, `${label} ${kind}: ${progress.error}`).toBe('done');
        const v = await me.documents.get({ id: progress.versionId ?? '' });
        if (v.metadata.removals.length) failures.push(`${label} ${kind}: ${JSON.stringify(v.metadata.removals)}`);
        if (v.content.kind === 'resume') {
          expect(v.content.sections.some((s) => s.type === 'experience' || s.type === 'skills'), label).toBe(true);
          expect(v.metadata.quality.keywordCoverageAfter).toBeGreaterThanOrEqual(v.metadata.quality.keywordCoverageBefore);
        } else {
          expect(v.content.paragraphs.length, label).toBeGreaterThanOrEqual(2);
        }
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);

  it('leads the demo seeker’s skills with the ones the job requires', async () => {
    const demo = seekers[0];
    if (!demo) throw new Error('no demo seeker');
    const me = callerFor(db, { id: demo.user.id, role: 'seeker' });
    const job = await insertJob(db, {
      title: 'Backend Engineer',
      companyName: 'Fabrikam',
      description: 'We build APIs.\nRequirements:\n- PostgreSQL and Docker\n- 3+ years of Node.js',
      requiredSkills: ['Docker', 'PostgreSQL'],
    });
    const { requestId } = await me.documents.generate({ jobId: job.id, kind: 'resume' });
    await drainWorkflows();
    const { versionId } = await me.documents.progress({ requestId });
    const v = await me.documents.get({ id: versionId ?? '' });
    const skills = v.content.kind === 'resume' ? v.content.sections.find((s) => s.type === 'skills') : undefined;
    expect(skills?.type === 'skills' && skills.items.slice(0, 3).map((s) => s.name)).toEqual(['Docker', 'PostgreSQL', 'Node.js']);
    const summary = v.content.kind === 'resume' ? v.content.sections.find((s) => s.type === 'summary') : undefined;
    expect(summary?.type === 'summary' && summary.paragraphs[0]?.text).toBe(
      'Full-Stack Software Developer with Docker, PostgreSQL and Node.js.',
    );
    expect(v.metadata.removals).toEqual([]);
  });
});
