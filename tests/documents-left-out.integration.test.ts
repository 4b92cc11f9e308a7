/**
 * What a generated resume does not show of the profile (metadata.leftOut), through the procedures
 * on both databases: a project cut to fit the short length, with the length that shows it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ResumeContent } from '@/lib/validators/documents';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { availableModes } from './helpers/databases';
import { generated, insertAnalystJob, seekerWithProfile } from './helpers/document-seeker';
import { useTestDatabase } from './helpers/test-database-hooks';

const modes = await availableModes();

describe.each(modes)('roles and projects a resume leaves out, on %s', (mode) => {
  const database = useTestDatabase(mode);
  let jobId: string;

  beforeAll(async () => {
    const job = await insertAnalystJob(database().db);
    jobId = job.id;
    await drainWorkflows();
  }, 120_000);

  it('says which roles and projects a resume left out to fit its length, and why', async () => {
    const db = database().db;
    const { me } = await seekerWithProfile(db);
    const first = await generated(me, { jobId, kind: 'resume' });
    const { me: seeker } = await seekerWithProfile(db);
    await seeker.profile.addProject({
      name: 'Revenue forecast in SQL',
      description: 'A SQL and Tableau forecast of revenue.',
    });
    await seeker.profile.addProject({ name: 'Community garden rota', description: 'A weekly rota for volunteers.' });
    const short = await generated(seeker, { jobId, kind: 'resume', length: 'short' });
    const v = await seeker.documents.get({ id: short.versionId });
    const content = v.content as ResumeContent;
    const projects = content.sections.find((s) => s.type === 'projects');
    expect(projects?.type === 'projects' && projects.items.map((i) => i.name)).toEqual(['Revenue forecast in SQL']);
    expect(v.metadata.leftOut).toEqual([
      {
        kind: 'project',
        label: 'Community garden rota',
        reason:
          'A short resume shows 1 project: the one shown says more of what the job asks for. The standard length shows 3.',
      },
    ]);
    const standard = await generated(seeker, { jobId, kind: 'resume', length: 'standard' });
    expect((await seeker.documents.get({ id: standard.versionId })).metadata.leftOut).toEqual([]);
    // Two roles and no project fit a standard resume whole.
    expect((await me.documents.get({ id: first.versionId })).metadata.leftOut).toEqual([]);
  });
});
