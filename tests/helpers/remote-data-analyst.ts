import type { Database } from '@/server/db';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { callerFor } from './callers';
import { signUpUser } from './factories';
import { insertJob } from './jobs';

export const ANALYST_WORK =
  'Analyse sales and operations data in SQL and Python, build dashboards in Tableau and present findings to managers.';

/** A data analyst's job at `company`: remote, or on site in Austin. */
export function insertAnalystJob(
  db: Database,
  company: { id: string; name: string },
  title: string,
  remoteType: 'remote' | 'onsite',
) {
  return insertJob(db, {
    title,
    description: ANALYST_WORK,
    requiredSkills: ['SQL', 'Python', 'Tableau'],
    requiredYears: 2,
    remoteType,
    location: remoteType === 'remote' ? 'Remote' : 'Austin, TX',
    companyId: company.id,
    companyName: company.name,
  });
}

/**
 * A signed-up data analyst (headline, SQL / Python / Tableau) whose one must-have is remote work,
 * with the workflows drained: the seeker the matching suites rank jobs for.
 */
export async function remoteDataAnalyst(db: Database) {
  const seeker = await signUpUser(db);
  const me = callerFor(db, seeker);
  await me.users.updateProfile({ professionalHeadline: 'Data analyst' });
  for (const name of ['SQL', 'Python', 'Tableau']) {
    await me.profile.addSkill({ name, category: 'technical', proficiencyLevel: 4, yearsOfExperience: 3 });
  }
  await me.profile.updatePreferences({
    locations: [],
    remoteTypes: ['remote'],
    jobTypes: [],
    salaryMin: null,
    mustHaves: ['remoteTypes'],
    willingToRelocate: false,
  });
  await drainWorkflows();
  return { seeker, me };
}
