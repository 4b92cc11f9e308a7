/** Reads a seeker's profile and jobs from the database into the matching contracts (types.ts). */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { toAnnualUsd } from '@/lib/annual-salary';
import type { Currency } from '@/lib/validators/enums';
import type { DbOrTx } from '@/server/db';
import { preparedPerDatabase } from '@/server/db/prepared-query';
import { jobs, profileOccupations, users, type OccupationGuessRow } from '@/server/db/schema';
import { profileSelection, toProfile } from '../profile/load-profile';
import { jobVisibleTo } from '../jobs/visibility';
import { canonicalizeSkill } from '../skills/taxonomy';
import { toOccupationGuesses } from './occupation-rows';
import type { JobForMatching, ProfileForMatching } from './types';
import { exactYearsOfExperience, yearsKnown, yearsOfExperience } from '../profile/years-of-experience';
import type { ProfileOccupationInput } from './occupations/infer-profile-occupations';

/** The stored reading: refined by the nearest jobs when the workflow has done so (refine-occupations.ts). */
const storedOccupations = sql<OccupationGuessRow[] | null>`(
  SELECT coalesce(${profileOccupations.refinedOccupations}, ${profileOccupations.occupations})
  FROM ${profileOccupations} WHERE ${profileOccupations.userId} = ${users.id})`.mapWith(profileOccupations.occupations);

const profileForMatching = preparedPerDatabase((db) =>
  db
    .select({ ...profileSelection, occupations: storedOccupations })
    .from(users)
    .where(eq(users.id, sql.placeholder('userId')))
    .limit(1)
    .prepare('profile_for_matching'),
);

export async function loadProfileForMatching(db: DbOrTx, userId: string): Promise<ProfileForMatching> {
  // One statement: the profile's row (load-profile.ts) with the stored occupation reading beside it.
  const [row] = await profileForMatching(db).execute({ userId });
  const profile = toProfile(row);
  const prefs = profile.preferences;
  return {
    userId,
    headline: profile.headline,
    summary: profile.summary,
    careerGoals: prefs.careerGoals,
    targetOccupations: prefs.targetOccupations,
    skills: profile.skills.map((s) => ({
      name: canonicalizeSkill(s.name).name,
      proficiencyLevel: s.proficiencyLevel,
      yearsOfExperience: s.yearsOfExperience,
    })),
    experience: profile.experience.map((e) => ({
      title: e.title,
      company: e.company,
      description: e.description,
      achievements: e.achievements,
      startDate: e.startDate,
      endDate: e.endDate,
      isCurrent: e.isCurrent,
      durationMonths: e.durationMonths,
      endPrecision: e.endPrecision,
    })),
    education: profile.education.map((e) => ({ degree: e.degree, fieldOfStudy: e.fieldOfStudy })),
    projects: profile.projects.map((p) => [p.name, p.description, ...p.highlights].filter(Boolean).join('\n')),
    certifications: profile.certifications.map((c) => c.name),
    yearsOfExperience: yearsOfExperience(profile.experience),
    yearsOfExperienceKnown: yearsKnown(profile.experience),
    preferences: {
      locations: prefs.locations,
      remoteTypes: prefs.remoteTypes,
      jobTypes: prefs.jobTypes,
      salaryMinAnnualUsd:
        prefs.salaryMin === null
          ? null
          : toAnnualUsd(prefs.salaryMin, prefs.salaryPeriod, prefs.salaryCurrency as Currency),
      mustHaves: prefs.mustHaves,
      willingToRelocate: prefs.willingToRelocate,
    },
    occupations: toOccupationGuesses(row?.occupations ?? []),
  };
}

/** The columns matching reads; description is needed for embeddings, not for scoring. */
export const jobMatchingColumns = {
  id: jobs.id,
  title: jobs.title,
  companyName: jobs.companyName,
  description: jobs.description,
  location: jobs.location,
  remoteType: jobs.remoteType,
  jobType: jobs.jobType,
  requiredSkills: jobs.requiredSkills,
  requiredYears: jobs.requiredYears,
  salaryAnnualUsd: jobs.salaryAnnualUsd,
  occupations: jobs.occupations,
};

type JobMatchingRow = Omit<JobForMatching, 'occupations'> & { occupations: OccupationGuessRow[] };

export const toJobForMatching = (row: JobMatchingRow): JobForMatching => ({
  ...row,
  requiredSkills: row.requiredSkills.map((s) => canonicalizeSkill(s).name),
  occupations: toOccupationGuesses(row.occupations),
});

/**
 * In the order of `ids`; unknown ids are left out. `visibleTo`: only the jobs that person may open
 * (a job asked for by id; candidates from the open lists need no check).
 */
export async function loadJobsForMatching(
  db: DbOrTx,
  ids: readonly string[],
  visibleTo?: string,
): Promise<JobForMatching[]> {
  if (ids.length === 0) return [];
  const byIds = inArray(jobs.id, [...ids]);
  const rows = await db
    .select(jobMatchingColumns)
    .from(jobs)
    .where(visibleTo ? and(byIds, jobVisibleTo(visibleTo)) : byIds);
  const byId = new Map(rows.map((r) => [r.id, toJobForMatching(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The years a role lasted, when its dates or stated length say so. */
const roleYears = (e: ProfileForMatching['experience'][number]): number | null =>
  yearsKnown([e]) ? exactYearsOfExperience([e]) : null;

/** What occupation inference reads of a profile: every part of it (infer-profile-occupations.ts). */
export function profileOccupationInput(p: ProfileForMatching): ProfileOccupationInput {
  return {
    headline: p.headline,
    summary: p.summary,
    careerGoals: p.careerGoals,
    roles: p.experience.map((e) => ({
      title: e.title,
      text: [e.title, e.company, e.description, ...e.achievements].filter(Boolean).join('\n'),
      years: roleYears(e),
    })),
    education: [
      ...p.education.map((e) => [e.degree, e.fieldOfStudy].filter(Boolean).join(' ')),
      ...p.projects,
      ...p.certifications,
    ],
    skills: p.skills.map((s) => s.name),
    targets: p.targetOccupations,
  };
}

/** The text a profile is embedded and classified from: who they are, what they did, what they know. */
export function profileText(p: ProfileForMatching): { title: string; text: string; skills: string[] } {
  const current = p.experience[0];
  const title = p.headline ?? current?.title ?? '';
  const text = [
    p.headline,
    p.summary,
    p.careerGoals,
    ...p.experience.flatMap((e) => [e.title, e.description, ...e.achievements]),
    ...p.education.map((e) => [e.degree, e.fieldOfStudy].filter(Boolean).join(' ')),
    ...p.projects,
    ...p.certifications,
    p.skills.map((s) => s.name).join(', '),
  ]
    .filter((s): s is string => Boolean(s && s.trim()))
    .join('\n');
  return { title, text, skills: p.skills.map((s) => s.name) };
}

export function jobText(j: Pick<JobForMatching, 'title' | 'description' | 'requiredSkills'>): {
  title: string;
  text: string;
  skills: string[];
} {
  return {
    title: j.title,
    text: `${j.title}\n${j.description}\n${j.requiredSkills.join(', ')}`,
    skills: j.requiredSkills,
  };
}
