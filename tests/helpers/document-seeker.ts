/**
 * The documents tests' seeker: Dana Reyes, a data analyst with four skills, two roles and a degree,
 * and generation through the procedures with the workflow drained.
 */
import { expect } from 'vitest';
import type { Database } from '@/server/db';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { callerFor } from './callers';
import { signUpUser } from './factories';
import { insertJob } from './jobs';

export type Caller = ReturnType<typeof callerFor>;

export async function seekerWithProfile(db: Database) {
  const user = await signUpUser(db, { firstName: 'Dana', lastName: 'Reyes' });
  const me = callerFor(db, user);
  for (const [name, years] of [
    ['SQL', 5],
    ['Python', 3],
    ['Tableau', 2],
    ['Excel', 6],
  ] as const) {
    await me.profile.addSkill({ name, category: 'technical', proficiencyLevel: 4, yearsOfExperience: years });
  }
  await me.profile.addExperience({
    title: 'Data Analyst',
    company: 'Initech',
    startDate: '2020-01-01',
    isCurrent: true,
    description: 'Owns weekly revenue reporting for the sales team.',
    achievements: [
      'Built Tableau dashboards used by 40 account managers',
      'Cut the monthly close report from 3 days to 4 hours with SQL automation',
    ],
  });
  await me.profile.addExperience({
    title: 'Reporting Assistant',
    company: 'Globex',
    startDate: '2017-06-01',
    endDate: '2019-12-01',
    description: 'Prepared Excel reports for the finance team.',
  });
  await me.profile.addEducation({ institution: 'State University', degree: 'BSc', fieldOfStudy: 'Statistics' });
  await me.users.updateProfile({ professionalHeadline: 'Data Analyst' });
  return { user, me };
}

export async function generated(me: Caller, input: Parameters<Caller['documents']['generate']>[0]) {
  const { requestId } = await me.documents.generate(input);
  await drainWorkflows();
  const progress = await me.documents.progress({ requestId });
  expect(progress, JSON.stringify(progress)).toMatchObject({ status: 'done', stepsDone: progress.stepsTotal });
  if (!progress.versionId) throw new Error('no version');
  return { requestId, versionId: progress.versionId, documentId: progress.documentId };
}

/**
 * The documents tests' job: a senior data analyst role that lists SQL and Tableau and names Python
 * only in a duty line; `extraLines` end its description.
 */
export function insertAnalystJob(db: Database, extraLines: string[] = []) {
  return insertJob(db, {
    title: 'Senior Data Analyst',
    companyName: 'Umbrella Analytics',
    description: [
      'Join our collaborative analytics team.',
      'Responsibilities:',
      '- Build dashboards in Tableau for revenue reporting',
      '- Automate reporting with SQL and Python',
      'Requirements:',
      '- 3+ years of SQL',
      "- Bachelor's degree in a quantitative field",
      ...extraLines,
    ].join('\n'),
    requiredSkills: ['SQL', 'Tableau'],
  });
}
