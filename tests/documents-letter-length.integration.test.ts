/**
 * A cover letter follows the length asked for, through the procedures on both databases: a
 * detailed letter quotes more of the profile than a standard one, and every added line passes the
 * truthfulness check (no removals).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { availableModes } from './helpers/databases';
import { generated, insertAnalystJob, seekerWithProfile } from './helpers/document-seeker';
import { useTestDatabase } from './helpers/test-database-hooks';

const modes = await availableModes();

describe.each(modes)('cover letter length on %s', (mode) => {
  const database = useTestDatabase(mode);
  let jobId: string;

  beforeAll(async () => {
    jobId = (await insertAnalystJob(database().db, ['Nice to have:', '- Experience with Snowflake'])).id;
    await drainWorkflows();
  }, 120_000);

  it('writes a detailed letter longer than a standard one, every added line from the profile', async () => {
    const { me: dana } = await seekerWithProfile(database().db);
    await dana.profile.addProject({
      name: 'Churn dashboard',
      description: 'Built a Tableau churn dashboard from SQL extracts for the retention team.',
    });
    await dana.profile.addCertification({ name: 'Tableau Desktop Specialist', issuer: 'Tableau' });
    const text = async (length: 'standard' | 'detailed') => {
      const letter = await generated(dana, { jobId, kind: 'cover_letter', length });
      const v = await dana.documents.get({ id: letter.versionId });
      if (v.content.kind !== 'cover_letter') throw new Error('not a letter');
      expect(v.metadata.removals).toEqual([]);
      return v.content.paragraphs.map((p) => p.text);
    };
    const standard = await text('standard');
    const detailed = await text('detailed');
    expect(detailed.length).toBeGreaterThan(standard.length);
    expect(detailed).toContain(
      'I also worked on Churn dashboard: Built a Tableau churn dashboard from SQL extracts for the retention team.',
    );
    expect(detailed).toContain('I hold Tableau Desktop Specialist (Tableau).');
    // The current role's lines read as one paragraph.
    expect(detailed.join(' ')).toContain(
      'As Data Analyst at Initech, I cut the monthly close report from 3 days to 4 hours with SQL automation. ' +
        'I also built Tableau dashboards used by 40 account managers.',
    );
  });
});
