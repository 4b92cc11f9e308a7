/**
 * An edit the seeker writes is checked against their whole profile, not only the facts the edited
 * paragraph cites: a summary saying "mentoring" is true when a role says "Mentored four analysts",
 * and "full-stack" is true when the headline says it. Invented skills are still removed. Through
 * the procedures, on both databases.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ResumeContent } from '@/lib/validators/documents';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { availableModes } from './helpers/databases';
import { generated, insertAnalystJob, seekerWithProfile, type Caller } from './helpers/document-seeker';
import { useTestDatabase } from './helpers/test-database-hooks';

const modes = await availableModes();

describe.each(modes)('edited documents on %s', (mode) => {
  const database = useTestDatabase(mode);
  let me: Caller;
  let versionId: string;

  beforeAll(async () => {
    const db = database().db;
    const seeker = await seekerWithProfile(db);
    me = seeker.me;
    await me.profile.addExperience({
      title: 'Analytics Lead',
      company: 'Umbrella',
      startDate: '2015-01-01',
      endDate: '2017-05-01',
      achievements: ['Mentored four analysts through their first year', 'Rebuilt the JavaScript reporting widgets'],
    });
    await me.users.updateProfile({ professionalHeadline: 'Full-Stack Data Analyst' });
    const job = await insertAnalystJob(db, []);
    await drainWorkflows();
    versionId = (await generated(me, { jobId: job.id, kind: 'resume' })).versionId;
  }, 120_000);

  it('keeps a summary sentence whose skills the profile states anywhere, and removes an invented one', async () => {
    // Seen on a walk: "…who enjoys mentoring and code reviews" was dropped as "'mentoring' is not one of your skills".
    const content = structuredClone((await me.documents.get({ id: versionId })).content) as ResumeContent;
    const summary = content.sections.find((s) => s.type === 'summary');
    if (summary?.type !== 'summary') throw new Error('no summary section');
    const cited = summary.paragraphs[0]?.factIds ?? [];
    summary.paragraphs = [
      { text: 'Full-stack data analyst who enjoys mentoring and clear dashboards.', factIds: cited },
      { text: 'Expert in Kubernetes and Rust.', factIds: cited },
      // Word for word only: the profile's "JavaScript" does not make "Java" true.
      { text: 'Years of Java work.', factIds: cited },
    ];
    const edited = await me.documents.saveEdit({ id: versionId, content });
    expect(edited.metadata.removals.map((r) => r.value)).toEqual([
      'Expert in Kubernetes and Rust.',
      'Years of Java work.',
    ]);
    const stored = JSON.stringify(edited.content);
    expect(stored).toContain('Full-stack data analyst who enjoys mentoring and clear dashboards.');
    expect(stored).not.toContain('Kubernetes');
  });
});
